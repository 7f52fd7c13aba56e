using Reporting.Core.Periods;
using Reporting.Data;

namespace Reporting.Workflows.Queries;

/// <summary>
/// A period's summary and trend from the process's <see cref="FigureCache"/>: computed once per state of the data (the
/// database's stamp is read on every call, so a file stored a moment ago, by any process, is in the figures).
/// </summary>
public sealed class PeriodFiguresQuery(ReportingWorkspace workspace)
{
    public const string Kind = "period-figures";

    /// <summary>The figures from accepted submissions only, kept apart (accepting or returning raises the stamp).</summary>
    public const string AcceptedKind = "period-figures-accepted";

    /// <param name="acceptedOnly">The period's figures from accepted submissions only (<see cref="SummaryQuery.BuildAcceptedOnlyAsync"/>).</param>
    public async Task<PeriodFigures> BuildAsync(PeriodId period, PeriodId? compare = null, bool acceptedOnly = false, CancellationToken cancellationToken = default)
    {
        var stamp = await new DataVersionStore(workspace.Db).ReadAsync(cancellationToken);
        return await workspace.Database.Figures.GetOrComputeAsync(
            new FigureKey(acceptedOnly ? AcceptedKind : Kind, period, compare ?? period.SamePeriodLastYear),
            stamp,
            stamp.Catalog == workspace.CatalogVersion,
            async () =>
            {
                var summary = acceptedOnly
                    ? await new SummaryQuery(workspace).BuildAcceptedOnlyAsync(period, compare, cancellationToken: cancellationToken)
                    : await new SummaryQuery(workspace).BuildAsync(period, compare, cancellationToken: cancellationToken);
                var trend = await new TrendQuery(workspace).BuildAsync(summary, Environment.ProcessorCount, cancellationToken);
                return new PeriodFigures(summary, trend);
            });
    }
}
