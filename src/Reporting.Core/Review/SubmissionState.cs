namespace Reporting.Core.Review;

/// <summary>Where a stored version stands in review: every version is submitted, then accepted or returned by an analyst.</summary>
public enum SubmissionState
{
    Submitted,
    Accepted,
    Returned,
}
