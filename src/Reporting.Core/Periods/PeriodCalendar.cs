using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Reporting.Core.Catalog;

namespace Reporting.Core.Periods;

/// <summary>
/// Where periods start and end in days, and when reports are due. Comes from configuration:
/// under Decree 09/2019 a month may run from the 15th of the month before to the 14th.
/// </summary>
/// <param name="CutoffDay">Day a month's data ends on (1 = calendar months; 15 = from the 15th before to the 14th).</param>
/// <param name="DueDaysAfterEnd">Calendar days after the period's last day that a submission is due (calendars written before <paramref name="DueWorkingDaysAfterEnd"/>).</param>
/// <param name="Deadlines">Deadlines set for particular periods (by period id, e.g. "2026-H1"), replacing the rule.</param>
/// <param name="TimeZone">
/// The province's time zone, an IANA id such as "Asia/Ho_Chi_Minh": "today", the day a file arrived and every time shown
/// follow it (<see cref="ProvinceClock"/>), never the server's zone.
/// </param>
/// <param name="UtcOffsetHours">
/// The province's clock as a fixed offset from UTC, as calendars written before <paramref name="TimeZone"/> gave it; when
/// neither is given, UTC+7 (Vietnam, no daylight saving).
/// </param>
/// <param name="DueWorkingDaysAfterEnd">
/// Working days after the period's last day that a submission is due (Decree 09/2019 counts working days): weekends,
/// <paramref name="Holidays"/> and no <paramref name="MakeUpWorkdays"/> skipped. When set, it replaces <paramref name="DueDaysAfterEnd"/>.
/// </param>
/// <param name="Holidays">Public holidays' days off as announced (Tết, 30/4, 2/9...): data, since the government sets them each year.</param>
/// <param name="MakeUpWorkdays">Weekend days worked in exchange for a day off (a Saturday "làm bù").</param>
/// <param name="Weekend">The days of the week not worked; Saturday and Sunday when not given.</param>
public sealed partial record PeriodCalendar(
    int CutoffDay = 1,
    int DueDaysAfterEnd = 5,
    IReadOnlyDictionary<string, DateOnly>? Deadlines = null,
    string? TimeZone = null,
    int? UtcOffsetHours = null,
    int? DueWorkingDaysAfterEnd = null,
    IReadOnlyList<PublicHoliday>? Holidays = null,
    IReadOnlyList<DateOnly>? MakeUpWorkdays = null,
    IReadOnlyList<DayOfWeek>? Weekend = null)
{
    private static readonly DayOfWeek[] SaturdayAndSunday = [DayOfWeek.Saturday, DayOfWeek.Sunday];

    /// <summary>The offset of a calendar that names no zone (Vietnam).</summary>
    public const int DefaultUtcOffsetHours = 7;

    public static PeriodCalendar CalendarMonths { get; } = new();

    public DateOnly Start(PeriodId period) => CutoffDay <= 1
        ? period.FirstMonth.FirstDay
        : period.FirstMonth.AddMonths(-1).FirstDay.AddDays(CutoffDay - 1);

    public DateOnly End(PeriodId period) => CutoffDay <= 1
        ? period.LastMonth.LastDay
        : period.LastMonth.FirstDay.AddDays(CutoffDay - 2);

    /// <summary>
    /// When a submission for the period is due: the deadline set for the period, else the working-day rule, else the
    /// calendar-day rule.
    /// </summary>
    public DateOnly Due(PeriodId period) =>
        Deadlines is not null && Deadlines.TryGetValue(period.ToString(), out var set) ? set
        : DueWorkingDaysAfterEnd is { } workingDays ? AddWorkingDays(End(period), workingDays)
        : End(period).AddDays(DueDaysAfterEnd);

    /// <summary>True for a day agencies work: not a weekend day (unless worked in exchange) and not a holiday's day off.</summary>
    public bool IsWorkingDay(DateOnly day)
    {
        if (MakeUpWorkdays?.Contains(day) == true)
        {
            return true;
        }

        return !(Weekend ?? SaturdayAndSunday).Contains(day.DayOfWeek) && Holidays?.Any(h => h.Covers(day)) != true;
    }

    /// <summary>The <paramref name="workingDays"/>-th working day after <paramref name="day"/> (the day itself when 0).</summary>
    public DateOnly AddWorkingDays(DateOnly day, int workingDays)
    {
        var result = day;
        for (var counted = 0; counted < workingDays;)
        {
            result = result.AddDays(1);
            if (IsWorkingDay(result))
            {
                counted++;
            }
        }

        return result;
    }

    /// <summary>The deadline rule in words for people (English), e.g. "3 working days after the period ends".</summary>
    [JsonIgnore]
    public string RuleText => DueWorkingDaysAfterEnd is { } n
        ? string.Create(CultureInfo.InvariantCulture, $"{n} working days after the period ends")
        : string.Create(CultureInfo.InvariantCulture, $"{DueDaysAfterEnd} days after the period ends");

    /// <summary>The province's time zone: <see cref="TimeZone"/>, else the fixed <see cref="UtcOffsetHours"/> (UTC+7 when neither is set).</summary>
    [JsonIgnore]
    public TimeZoneInfo Zone => TimeZone is { } id ? TimeZoneInfo.FindSystemTimeZoneById(id) : FixedOffset(UtcOffsetHours ?? DefaultUtcOffsetHours);

    /// <summary>
    /// Reads templates/calendar.json: <c>{ "cutoffDay": 15, "dueWorkingDaysAfterEnd": 3, "timeZone": "Asia/Ho_Chi_Minh", "holidays": [...] }</c>.
    /// A calendar that cannot be used is refused with a <see cref="FormatException"/> naming the field.
    /// </summary>
    public static PeriodCalendar Read(string json)
    {
        var calendar = TemplateDocument.Read(json, CalendarJson.Default.PeriodCalendar, "calendar.json", "dates are written 2026-02-16, numbers as 3, weekend days as \"Saturday\"") ?? CalendarMonths;

        if (calendar.CutoffDay is < 1 or > 28 || calendar.DueDaysAfterEnd < 0)
        {
            throw new FormatException($"calendar: cutoffDay must be 1 to 28 and dueDaysAfterEnd 0 or more (got {calendar.CutoffDay}, {calendar.DueDaysAfterEnd})");
        }

        if (calendar.DueWorkingDaysAfterEnd is { } workingDays)
        {
            if (HasField(json, "dueDaysAfterEnd"))
            {
                throw new FormatException("calendar: give either dueWorkingDaysAfterEnd (working days, holidays skipped) or the older dueDaysAfterEnd (calendar days), not both");
            }

            if (workingDays is < 0 or > 60)
            {
                throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"calendar: dueWorkingDaysAfterEnd must be 0 to 60 (got {workingDays})"));
            }
        }

        for (var i = 0; i < (calendar.Holidays?.Count ?? 0); i++)
        {
            var holiday = calendar.Holidays![i];
            if (holiday is null || holiday.Date == default)
            {
                throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"calendar: holidays[{i}].date is missing (the first day off, e.g. \"2026-02-16\")"));
            }

            if (holiday.To is { } to && to < holiday.Date)
            {
                throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"calendar: holidays[{i}].to ({to:yyyy-MM-dd}) is before holidays[{i}].date ({holiday.Date:yyyy-MM-dd})"));
            }

            if (holiday.LastDay.DayNumber - holiday.Date.DayNumber > 30)
            {
                throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"calendar: holidays[{i}] runs more than 31 days ({holiday.Date:yyyy-MM-dd} to {holiday.LastDay:yyyy-MM-dd})"));
            }
        }

        if (calendar.Weekend is { } weekend && (weekend.Count >= 7 || weekend.Any(d => !Enum.IsDefined(d))))
        {
            throw new FormatException("calendar: weekend must list fewer than seven days of the week (e.g. [\"Saturday\", \"Sunday\"])");
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

    /// <summary>True when the calendar's JSON object names the field (in any letter case), whatever its value.</summary>
    private static bool HasField(string json, string name)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.ValueKind == JsonValueKind.Object
            && document.RootElement.EnumerateObject().Any(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
    }

    private static TimeZoneInfo FixedOffset(int hours)
    {
        var name = string.Create(CultureInfo.InvariantCulture, $"UTC{hours:+00;-00}:00");
        return TimeZoneInfo.CreateCustomTimeZone(name, TimeSpan.FromHours(hours), name, name);
    }

    /// <summary>The reader generated at build time: opening a database does not build one by reflection on every cold start.</summary>
    [JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
    [JsonSerializable(typeof(PeriodCalendar))]
    private sealed partial class CalendarJson : JsonSerializerContext;
}
