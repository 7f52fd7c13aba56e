using Reporting.Core.Completeness;
using Reporting.Core.Periods;

namespace Reporting.Workflows.Queries;

/// <summary>Each agency's submissions for a period against their deadlines, as of today in the province.</summary>
public sealed class CompletenessQuery(ReportingWorkspace workspace)
{
    public async Task<IReadOnlyList<AgencyCompleteness>> ListAsync(PeriodId period, CancellationToken cancellationToken = default)
    {
        var versions = await workspace.Submissions.SubmissionsAsync(period.FirstMonth, period.LastMonth, includeSuperseded: true, cancellationToken);
        return CompletenessCheck.Of(workspace.Agencies, workspace.Calendar, period, versions, workspace.Clock);
    }
}
