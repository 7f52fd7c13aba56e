using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Reporting.Core.Periods;

/// <summary>
/// Where periods start and end in days, and when reports are due. Comes from configuration:
/// under Decree 09/2019 a month may run from the 15th of the month before to the 14th.
/// </summary>
/// <param name="CutoffDay">Day a month's data ends on (1 = calendar months; 15 = from the 15th before to the 14th).</param>
/// <param name="DueDaysAfterEnd">Days after the period's last day that a submission is due.</param>
/// <param name="Deadlines">Deadlines set for particular periods (by period id, e.g. "2026-H1"), replacing the rule.</param>
/// <param name="TimeZone">
/// The province's time zone, an IANA id such as "Asia/Ho_Chi_Minh": "today", the day a file arrived and every time shown
/// follow it (<see cref="ProvinceClock"/>), never the server's zone.
/// </param>
/// <param name="UtcOffsetHours">
/// The province's clock as a fixed offset from UTC, as calendars written before <paramref name="TimeZone"/> gave it; when
/// neither is given, UTC+7 (Vietnam, no daylight saving).
/// </param>
public sealed record PeriodCalendar(int CutoffDay = 1, int DueDaysAfterEnd = 5, IReadOnlyDictionary<string, DateOnly>? Deadlines = null, string? TimeZone = null, int? UtcOffsetHours = null)
{
    /// <summary>The offset of a calendar that names no zone (Vietnam).</summary>
    public const int DefaultUtcOffsetHours = 7;

    public static PeriodCalendar CalendarMonths { get; } = new();

    public DateOnly Start(PeriodId period) => CutoffDay <= 1
        ? period.FirstMonth.FirstDay
        : period.FirstMonth.AddMonths(-1).FirstDay.AddDays(CutoffDay - 1);

    public DateOnly End(PeriodId period) => CutoffDay <= 1
        ? period.LastMonth.LastDay
        : period.LastMonth.FirstDay.AddDays(CutoffDay - 2);

    public DateOnly Due(PeriodId period) =>
        Deadlines is not null && Deadlines.TryGetValue(period.ToString(), out var set) ? set : End(period).AddDays(DueDaysAfterEnd);

    /// <summary>The province's time zone: <see cref="TimeZone"/>, else the fixed <see cref="UtcOffsetHours"/> (UTC+7 when neither is set).</summary>
    [JsonIgnore]
    public TimeZoneInfo Zone => TimeZone is { } id ? TimeZoneInfo.FindSystemTimeZoneById(id) : FixedOffset(UtcOffsetHours ?? DefaultUtcOffsetHours);

    /// <summary>Reads templates/calendar.json: <c>{ "cutoffDay": 15, "dueDaysAfterEnd": 3, "timeZone": "Asia/Ho_Chi_Minh" }</c>.</summary>
    public static PeriodCalendar Read(string json)
    {
        var calendar = JsonSerializer.Deserialize<PeriodCalendar>(json, new JsonSerializerOptions(JsonSerializerDefaults.Web)) ?? CalendarMonths;
        if (calendar.CutoffDay is < 1 or > 28 || calendar.DueDaysAfterEnd < 0)
        {
            throw new FormatException($"calendar: cutoffDay must be 1 to 28 and dueDaysAfterEnd 0 or more (got {calendar.CutoffDay}, {calendar.DueDaysAfterEnd})");
        }

        if (calendar.TimeZone is not null && calendar.UtcOffsetHours is not null)
        {
            throw new FormatException("calendar: give either timeZone (e.g. \"Asia/Ho_Chi_Minh\") or the older utcOffsetHours, not both");
        }

        if (calendar.UtcOffsetHours is < -12 or > 14)
        {
            throw new FormatException($"calendar: utcOffsetHours must be -12 to 14 (got {calendar.UtcOffsetHours})");
        }

        if (calendar.TimeZone is { } id && !TimeZoneInfo.TryFindSystemTimeZoneById(id, out _))
        {
            throw new FormatException($"calendar: timeZone '{id}' is not a time zone this machine knows (an IANA id such as \"Asia/Ho_Chi_Minh\"; on Linux the tzdata package provides them)");
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

    private static TimeZoneInfo FixedOffset(int hours)
    {
        var name = string.Create(CultureInfo.InvariantCulture, $"UTC{hours:+00;-00}:00");
        return TimeZoneInfo.CreateCustomTimeZone(name, TimeSpan.FromHours(hours), name, name);
    }
}
