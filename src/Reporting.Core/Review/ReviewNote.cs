namespace Reporting.Core.Review;

/// <summary>An analyst's decision on a stored version, as read back: accepted, or returned with a reason and comments.</summary>
public sealed record ReviewNote(
    long Id,
    long SubmissionId,
    SubmissionState Decision,
    string? Reason,
    DateTimeOffset At,
    string Reviewer,
    IReadOnlyList<ReviewComment> Comments);
