using System.Text.Json;

namespace Reporting.Core.Periods;

/// <summary>
/// Where periods start and end in days, and when reports are due. Comes from configuration:
/// under Decree 09/2019 a month may run from the 15th of the month before to the 14th.
/// </summary>
/// <param name="CutoffDay">Day a month's data ends on (1 = calendar months; 15 = from the 15th before to the 14th).</param>
/// <param name="DueDaysAfterEnd">Days after the period's last day that a submission is due.</param>
public sealed record PeriodCalendar(int CutoffDay = 1, int DueDaysAfterEnd = 5)
{
    public static PeriodCalendar CalendarMonths { get; } = new();

    public DateOnly Start(PeriodId period) => CutoffDay <= 1
        ? period.FirstMonth.FirstDay
        : period.FirstMonth.AddMonths(-1).FirstDay.AddDays(CutoffDay - 1);

    public DateOnly End(PeriodId period) => CutoffDay <= 1
        ? period.LastMonth.LastDay
        : period.LastMonth.FirstDay.AddDays(CutoffDay - 2);

    public DateOnly Due(PeriodId period) => End(period).AddDays(DueDaysAfterEnd);

    /// <summary>Reads templates/calendar.json: <c>{ "cutoffDay": 15, "dueDaysAfterEnd": 3 }</c>.</summary>
    public static PeriodCalendar Read(string json)
    {
        var calendar = JsonSerializer.Deserialize<PeriodCalendar>(json, new JsonSerializerOptions(JsonSerializerDefaults.Web)) ?? CalendarMonths;
        if (calendar.CutoffDay is < 1 or > 28 || calendar.DueDaysAfterEnd < 0)
        {
            throw new FormatException($"calendar: cutoffDay must be 1 to 28 and dueDaysAfterEnd 0 or more (got {calendar.CutoffDay}, {calendar.DueDaysAfterEnd})");
        }

        return calendar;
    }
}
