namespace Reporting.Workflows.Reminders;

/// <summary>What became of one owed submission's reminder.</summary>
public enum ReminderOutcome
{
    /// <summary>E-mailed now.</summary>
    Sent,

    /// <summary>A reminder of this deadline was sent before: none again.</summary>
    AlreadySent,

    /// <summary>The agency list gives no e-mail address for the agency.</summary>
    NoAddress,

    /// <summary>No mail server configured: listed only.</summary>
    NotSent,

    /// <summary>The server refused or could not be reached; nothing recorded, a later run tries again.</summary>
    Failed,
}
