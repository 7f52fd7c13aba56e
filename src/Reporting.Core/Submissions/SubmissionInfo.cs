using Reporting.Core.Periods;
using Reporting.Core.Review;

namespace Reporting.Core.Submissions;

/// <summary>A stored version of one agency's report for one period. Never deleted; a newer one supersedes it.</summary>
/// <param name="UploadedBy">Who uploaded it through the portal (none for command-line imports).</param>
/// <param name="State">Where it stands in review.</param>
/// <param name="IsEstimate">Sent as an estimate ("ước thực hiện") as a whole.</param>
/// <param name="EstimateCount">How many of its values are estimates (all of them when it is one as a whole).</param>
public sealed record SubmissionInfo(
    long Id,
    string AgencyCode,
    PeriodId Period,
    int Version,
    string SourceFile,
    string Sha256,
    DateTimeOffset ReceivedAt,
    bool IsCurrent,
    int ValueCount,
    Uploader? UploadedBy = null,
    SubmissionState State = SubmissionState.Submitted,
    bool IsEstimate = false,
    int EstimateCount = 0)
{
    /// <summary>Whether any of its values is an estimate (the whole version, or single rows).</summary>
    public bool HasEstimates => IsEstimate || EstimateCount > 0;
}
