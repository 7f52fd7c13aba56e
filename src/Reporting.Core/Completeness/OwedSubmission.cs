using Reporting.Core.Periods;
using Reporting.Core.Submissions;

namespace Reporting.Core.Completeness;

/// <summary>One submission an agency owes: its deadline, the first and the current version received, and its status.</summary>
/// <param name="DaysLate">Days past the deadline the first version arrived, or, when none has, days overdue so far (0 when not late).</param>
public sealed record OwedSubmission(PeriodId Period, DateOnly Due, SubmissionInfo? First, SubmissionInfo? Current, SubmissionStatus Status, int DaysLate)
{
    /// <summary>True when a newer version replaced the first one (a correction).</summary>
    public bool Superseded => Current is not null && First is not null && Current.Id != First.Id;
}
