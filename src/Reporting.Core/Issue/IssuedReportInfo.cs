namespace Reporting.Core.Issue;

/// <summary>A period's issued report without its files: when and by whom, and whether its lock was lifted since.</summary>
public sealed record IssuedReportInfo(long Id, string Period, DateTimeOffset IssuedAt, string IssuedBy, string Language, DateTimeOffset? ReopenedAt, string? ReopenedBy, string? ReopenReason)
{
    public bool Locked => ReopenedAt is null;
}
