using Reporting.Core.Periods;
using Reporting.Core.Submissions;

namespace Reporting.Workflows.Queries;

/// <summary>Agencies that owe submissions for a period.</summary>
public sealed class MissingQuery(ReportingWorkspace workspace)
{
    public async Task<IReadOnlyList<MissingSubmission>> ListAsync(PeriodId period, CancellationToken cancellationToken = default)
    {
        var received = await workspace.Submissions.SubmissionsAsync(period.FirstMonth, period.LastMonth, cancellationToken: cancellationToken);
        return SubmissionSchedule.Missing(workspace.Agencies, period, received.Select(s => (s.AgencyCode, s.Period)));
    }
}
