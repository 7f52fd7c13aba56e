using Reporting.Core.Completeness;
using Reporting.Core.Periods;
using Reporting.Core.Submissions;
using Reporting.Data;
using Reporting.Data.Entities;

namespace Reporting.Workflows.Queries;

/// <summary>Each agency's submissions for a period against their deadlines, as of today in the province.</summary>
public sealed class CompletenessQuery(ReportingWorkspace workspace)
{
    public const string Kind = "completeness";

    /// <summary>
    /// Every agency that owes the period something, from the process's <see cref="FigureCache"/>: computed once per state
    /// of the period's submissions and day in the province (deadlines pass by the day).
    /// </summary>
    public async Task<IReadOnlyList<AgencyCompleteness>> ListAsync(PeriodId period, CancellationToken cancellationToken = default)
    {
        return await KeptFigure.OfAsync(
            workspace,
            new FigureKey(Kind, period, Today: workspace.Clock.Today),
            () => ComputeAsync(period, cancellationToken),
            (kept, changes) => UpdateAsync(kept, period, changes, cancellationToken),
            cancellationToken);
    }

    /// <summary>One page of the agencies <paramref name="filter"/> matches, with the whole list for counts.</summary>
    public async Task<CompletenessPage> PageAsync(PeriodId period, CompletenessFilter filter, CancellationToken cancellationToken = default) =>
        CompletenessPage.Of(await ListAsync(period, cancellationToken), filter);

    /// <summary>
    /// The list kept, with the agencies that stored a submission of the period since checked again from their own
    /// versions: at 5,000 agencies a report day's upload otherwise has the whole period's 29,200 versions read again.
    /// </summary>
    private async Task<IReadOnlyList<AgencyCompleteness>> UpdateAsync(IReadOnlyList<AgencyCompleteness> kept, PeriodId period, IReadOnlyList<DataChange> changes, CancellationToken cancellationToken)
    {
        var changed = changes.Select(c => c.AgencyCode).ToHashSet(StringComparer.Ordinal);
        var theirs = new List<SubmissionInfo>();
        foreach (var agency in changed)
        {
            theirs.AddRange((await workspace.Submissions.SubmissionsOfAgencyAsync(agency, cancellationToken))
                .Where(v => v.Period.FirstMonth >= period.FirstMonth && v.Period.LastMonth <= period.LastMonth));
        }

        return CompletenessCheck.Replacing(kept, changed, workspace.Calendar, period, theirs, workspace.Clock);
    }

    private async Task<IReadOnlyList<AgencyCompleteness>> ComputeAsync(PeriodId period, CancellationToken cancellationToken)
    {
        var versions = await workspace.Submissions.SubmissionsAsync(period.FirstMonth, period.LastMonth, includeSuperseded: true, cancellationToken);
        return CompletenessCheck.Of(workspace.Agencies, workspace.Calendar, period, versions, workspace.Clock);
    }
}
