namespace Reporting.Data.Entities;

/// <summary>An analyst's decision on one stored version: accepted, or returned with a reason and comments.</summary>
public sealed class SubmissionReviewEntity
{
    public long Id { get; set; }

    public long SubmissionId { get; set; }

    /// <summary><c>accepted</c> or <c>returned</c> (Core's SubmissionState, as text).</summary>
    public required string Decision { get; set; }

    /// <summary>Why it was returned; null for an acceptance.</summary>
    public string? Reason { get; set; }

    public DateTimeOffset At { get; set; }

    public required string Reviewer { get; set; }

    public List<ReviewCommentEntity> Comments { get; set; } = [];
}
