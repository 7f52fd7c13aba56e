using Reporting.Core.Agencies;

namespace Reporting.Core.Completeness;

/// <summary>An agency's owed submissions for a period; its status is the worst of theirs.</summary>
public sealed record AgencyCompleteness(Agency Agency, IReadOnlyList<OwedSubmission> Owed)
{
    public SubmissionStatus Status => Owed.Count == 0 ? SubmissionStatus.OnTime : Owed.Max(o => o.Status);

    public int Received => Owed.Count(o => o.Current is not null);

    public bool Superseded => Owed.Any(o => o.Superseded);

    public int DaysLate => Owed.Count == 0 ? 0 : Owed.Max(o => o.DaysLate);
}
