using Reporting.Core.Agencies;
using Reporting.Core.Completeness;
using Reporting.Core.Review;

namespace Reporting.Workflows.Queries;

/// <summary>One submission an agency owes: its deadline and state (<see cref="OwedSubmission"/>) and the days left (negative: past).</summary>
public sealed record UpcomingDeadline(Agency Agency, OwedSubmission Owed, int DaysLeft)
{
    /// <summary>Its current version was returned by an analyst: to correct and send again.</summary>
    public bool IsReturned => Owed.Current?.State == SubmissionState.Returned;
}
