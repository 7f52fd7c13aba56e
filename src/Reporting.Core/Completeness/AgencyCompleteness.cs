using Reporting.Core.Agencies;

namespace Reporting.Core.Completeness;

/// <summary>An agency's owed submissions for a period; its status is the worst of theirs.</summary>
/// <remarks>
/// What is derived from <see cref="Owed"/> is worked out once: the dashboard counts and sorts thousands of agencies by
/// it on every request, and working it out on each read took most of a warm request at 5,000 agencies.
/// </remarks>
public sealed record AgencyCompleteness(Agency Agency, IReadOnlyList<OwedSubmission> Owed)
{
    public SubmissionStatus Status { get; } = Owed.Count == 0 ? SubmissionStatus.OnTime : Owed.Max(o => o.Status);

    public int Received { get; } = Owed.Count(o => o.Current is not null);

    public bool Superseded { get; } = Owed.Any(o => o.Superseded);

    public int DaysLate { get; } = Owed.Count == 0 ? 0 : Owed.Max(o => o.DaysLate);
}
