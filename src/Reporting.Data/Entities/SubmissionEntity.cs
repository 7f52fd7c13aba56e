namespace Reporting.Data.Entities;

/// <summary>
/// One stored version of an agency's report for a period. Rows are never updated but for <see cref="IsCurrent"/> and
/// <see cref="State"/> (an analyst's review).
/// </summary>
public sealed class SubmissionEntity
{
    public long Id { get; set; }

    public required string AgencyCode { get; set; }

    /// <summary>Period id as text, e.g. 2026-Q1.</summary>
    public required string Period { get; set; }

    /// <summary>First and last month as <c>YearMonth.Index</c>, so range queries need no period parsing.</summary>
    public int FirstMonth { get; set; }

    public int LastMonth { get; set; }

    public int Version { get; set; }

    public required string SourceFile { get; set; }

    public required string Sha256 { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }

    /// <summary>True for the newest version of the agency's report for the period.</summary>
    public bool IsCurrent { get; set; }

    /// <summary>Portal user who uploaded it; null for command-line imports.</summary>
    public string? UploadedBy { get; set; }

    /// <summary>True when <see cref="UploadedBy"/> sent it for an agency they do not belong to (an analyst).</summary>
    public bool UploadedOnBehalf { get; set; }

    /// <summary>How many of its values are non-empty, counted when it is stored (listing thousands needs no join).</summary>
    public int ValueCount { get; set; }

    /// <summary><c>submitted</c>, <c>accepted</c> or <c>returned</c> (Core's SubmissionState, as text); a new version is submitted.</summary>
    public string State { get; set; } = Submitted;

    public const string Submitted = "submitted";

    /// <summary>Sent as an estimate ("ước thực hiện") as a whole; each of its values is then marked too.</summary>
    public bool IsEstimate { get; set; }

    /// <summary>How many of its non-empty values are estimates, counted when it is stored (as <see cref="ValueCount"/>: no join to list it).</summary>
    public int EstimateCount { get; set; }

    public List<SubmissionValueEntity> Values { get; set; } = [];
}
