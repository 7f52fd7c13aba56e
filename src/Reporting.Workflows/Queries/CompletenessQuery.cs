using Reporting.Core.Completeness;
using Reporting.Core.Periods;
using Reporting.Data;

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
        var stamp = await new DataVersionStore(workspace.Db).ReadAsync(cancellationToken);
        return await workspace.Database.Figures.GetOrComputeAsync(
            new FigureKey(Kind, period, Today: workspace.Clock.Today),
            stamp,
            stamp.Catalog == workspace.CatalogVersion,
            () => ComputeAsync(period, cancellationToken),
            new DataChangeLog(workspace, cancellationToken).BetweenAsync);
    }

    /// <summary>One page of the agencies <paramref name="filter"/> matches, with the whole list for counts.</summary>
    public async Task<CompletenessPage> PageAsync(PeriodId period, CompletenessFilter filter, CancellationToken cancellationToken = default) =>
        CompletenessPage.Of(await ListAsync(period, cancellationToken), filter);

    private async Task<IReadOnlyList<AgencyCompleteness>> ComputeAsync(PeriodId period, CancellationToken cancellationToken)
    {
        var versions = await workspace.Submissions.SubmissionsAsync(period.FirstMonth, period.LastMonth, includeSuperseded: true, cancellationToken);
        return CompletenessCheck.Of(workspace.Agencies, workspace.Calendar, period, versions, workspace.Clock);
    }
}
