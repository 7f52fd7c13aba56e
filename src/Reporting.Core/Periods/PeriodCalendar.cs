using System.Text.Json;

namespace Reporting.Core.Periods;

/// <summary>
/// Where periods start and end in days, and when reports are due. Comes from configuration:
/// under Decree 09/2019 a month may run from the 15th of the month before to the 14th.
/// </summary>
/// <param name="CutoffDay">Day a month's data ends on (1 = calendar months; 15 = from the 15th before to the 14th).</param>
/// <param name="DueDaysAfterEnd">Days after the period's last day that a submission is due.</param>
/// <param name="Deadlines">Deadlines set for particular periods (by period id, e.g. "2026-H1"), replacing the rule.</param>
/// <param name="UtcOffsetHours">The province's clock (Vietnam: UTC+7, no daylight saving), for the day a file arrived.</param>
public sealed record PeriodCalendar(int CutoffDay = 1, int DueDaysAfterEnd = 5, IReadOnlyDictionary<string, DateOnly>? Deadlines = null, int UtcOffsetHours = 7)
{
    public static PeriodCalendar CalendarMonths { get; } = new();

    public DateOnly Start(PeriodId period) => CutoffDay <= 1
        ? period.FirstMonth.FirstDay
        : period.FirstMonth.AddMonths(-1).FirstDay.AddDays(CutoffDay - 1);

    public DateOnly End(PeriodId period) => CutoffDay <= 1
        ? period.LastMonth.LastDay
        : period.LastMonth.FirstDay.AddDays(CutoffDay - 2);

    public DateOnly Due(PeriodId period) =>
        Deadlines is not null && Deadlines.TryGetValue(period.ToString(), out var set) ? set : End(period).AddDays(DueDaysAfterEnd);

    /// <summary>The province's calendar day at an instant.</summary>
    public DateOnly LocalDay(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(TimeSpan.FromHours(UtcOffsetHours)).DateTime);

    /// <summary>Reads templates/calendar.json: <c>{ "cutoffDay": 15, "dueDaysAfterEnd": 3 }</c>.</summary>
    public static PeriodCalendar Read(string json)
    {
        var calendar = JsonSerializer.Deserialize<PeriodCalendar>(json, new JsonSerializerOptions(JsonSerializerDefaults.Web)) ?? CalendarMonths;
        if (calendar.CutoffDay is < 1 or > 28 || calendar.DueDaysAfterEnd < 0)
        {
            throw new FormatException($"calendar: cutoffDay must be 1 to 28 and dueDaysAfterEnd 0 or more (got {calendar.CutoffDay}, {calendar.DueDaysAfterEnd})");
        }

        foreach (var period in calendar.Deadlines?.Keys ?? [])
        {
            if (!PeriodId.TryParse(period, out _, out _))
            {
                throw new FormatException($"calendar: deadlines: '{period}' is not a period (2026-05, 2026-Q2, 2026-H1, 2026-9M, 2026)");
            }
        }

        return calendar;
    }
}
