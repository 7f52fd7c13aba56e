namespace Reporting.Core.Audit;

/// <summary>The stable codes of what the audit log records (stored as text; filters and exports use them as they are).</summary>
public static class AuditAction
{
    public const string SubmissionStored = "submission.stored";
    public const string SubmissionAccepted = "submission.accepted";
    public const string SubmissionReturned = "submission.returned";
    public const string EstimateReplaced = "submission.estimate_replaced";
    public const string PeriodIssued = "period.issued";
    public const string PeriodLocked = "period.locked";
    public const string PeriodReopened = "period.reopened";
    public const string CatalogChanged = "catalog.changed";
    public const string TargetChanged = "target.changed";
    public const string UserChanged = "user.changed";
    public const string RoleChanged = "role.changed";
    public const string LoginFailed = "login.failed";
}
