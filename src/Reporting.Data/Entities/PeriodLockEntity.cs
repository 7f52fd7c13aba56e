namespace Reporting.Data.Entities;

/// <summary>
/// A period locked when its report was issued; reopening fills <see cref="ReopenedAt"/>, <see cref="ReopenedBy"/> and
/// <see cref="ReopenReason"/>. A period is locked while it has a row not reopened.
/// </summary>
public sealed class PeriodLockEntity
{
    public long Id { get; set; }

    public required string Period { get; set; }

    public long IssuedReportId { get; set; }

    public DateTimeOffset LockedAt { get; set; }

    public required string LockedBy { get; set; }

    public DateTimeOffset? ReopenedAt { get; set; }

    public string? ReopenedBy { get; set; }

    public string? ReopenReason { get; set; }
}
