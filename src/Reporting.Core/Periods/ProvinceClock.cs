namespace Reporting.Core.Periods;

/// <summary>
/// The province's clock: what every host, workflow and report asks for "today" and for the moment an instant shows, in
/// the one time zone the calendar configures (templates/calendar.json), never the server's. Stored instants are UTC.
/// </summary>
public sealed class ProvinceClock(TimeProvider time, TimeZoneInfo zone)
{
    public ProvinceClock(TimeProvider time, PeriodCalendar calendar)
        : this(time, calendar.Zone)
    {
    }

    public TimeZoneInfo Zone { get; } = zone;

    /// <summary>This moment on the province's clock.</summary>
    public DateTimeOffset Now => InProvince(time.GetUtcNow());

    /// <summary>The province's date now: what is overdue, the year an admin page opens on, a report's date of issue.</summary>
    public DateOnly Today => DayOf(time.GetUtcNow());

    /// <summary>An instant as the province's clock showed it.</summary>
    public DateTimeOffset InProvince(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    /// <summary>The province's date at an instant (the day a file arrived, for timeliness).</summary>
    public DateOnly DayOf(DateTimeOffset instant) => DateOnly.FromDateTime(InProvince(instant).DateTime);
}
