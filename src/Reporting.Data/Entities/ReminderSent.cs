namespace Reporting.Data.Entities;

/// <summary>
/// A reminder e-mailed to an agency about a submission it owed before a deadline: at most one per agency, period and
/// deadline (a deadline moved by the admin is a new one), whoever sends reminders and however often.
/// </summary>
public sealed class ReminderSent
{
    public long Id { get; set; }

    public required string AgencyCode { get; set; }

    /// <summary>The owed period's id, e.g. 2026-06.</summary>
    public required string Period { get; set; }

    /// <summary>The deadline the reminder named.</summary>
    public DateOnly Due { get; set; }

    /// <summary>The address it went to.</summary>
    public required string Recipient { get; set; }

    public DateTimeOffset SentAt { get; set; }
}
