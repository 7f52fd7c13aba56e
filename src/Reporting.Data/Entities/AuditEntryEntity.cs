namespace Reporting.Data.Entities;

/// <summary>
/// One line of the append-only audit log: who did what, when, from where, with the values before and after. Rows are
/// only ever inserted: <see cref="AuditAppendOnly"/> refuses an update or delete through EF, and the migration's triggers
/// refuse one through SQL on both providers.
/// </summary>
public sealed class AuditEntryEntity
{
    public long Id { get; set; }

    /// <summary>When it happened (UTC).</summary>
    public DateTimeOffset At { get; set; }

    /// <summary>The portal user's name, or <c>cli:</c> and the operating-system user.</summary>
    public required string Actor { get; set; }

    /// <summary>The portal user's IP address, or the host name of the command line.</summary>
    public required string Origin { get; set; }

    /// <summary>A stable code such as <c>submission.stored</c> (see Core's AuditAction).</summary>
    public required string Action { get; set; }

    public string? Period { get; set; }

    public string? AgencyCode { get; set; }

    public long? SubmissionId { get; set; }

    /// <summary>The values before the change, as JSON; null when there were none.</summary>
    public string? Before { get; set; }

    /// <summary>The values after the change, as JSON; null when there are none.</summary>
    public string? After { get; set; }
}
