namespace Reporting.Core.Audit;

/// <summary>One entry of the audit log as read back: who, when, from where, what, and the values before and after (JSON).</summary>
public sealed record AuditRecord(
    long Id,
    DateTimeOffset At,
    string Actor,
    string Origin,
    string Action,
    string? Period,
    string? AgencyCode,
    long? SubmissionId,
    string? Before,
    string? After);
