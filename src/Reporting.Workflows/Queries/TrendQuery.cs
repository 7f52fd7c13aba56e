using Reporting.Core.Aggregation;
using Reporting.Core.Periods;
using Reporting.Core.Summary;

namespace Reporting.Workflows.Queries;

/// <summary>Province figures of the periods of the same kind leading up to a summary's period (for trend charts).</summary>
public sealed class TrendQuery(ReportingWorkspace workspace)
{
    /// <summary>How many periods of the same kind a trend shows (12 for months).</summary>
    public static int Length(PeriodId period) => period.Kind == PeriodKind.Month ? 12 : 6;

    /// <summary>
    /// Oldest first, ending with the summary's period; reuses the summary's own aggregates and reads the others on
    /// connections of their own (so not inside a transaction).
    /// </summary>
    /// <param name="atOnce">How many periods are read at the same time: one while other work uses the other core.</param>
    public async Task<IReadOnlyList<PeriodAggregate>> BuildAsync(PeriodSummary summary, int atOnce = 1, CancellationToken cancellationToken = default)
    {
        var aggregator = new Aggregator(workspace.Catalog, workspace.Agencies);
        var periods = summary.Period.Trend(Length(summary.Period));
        var others = periods.Where(p => p != summary.Period && p != summary.ComparePeriod).ToList();
        var read = await workspace.Submissions.Rollups.ReadEachByIndicatorAsync(
            others, (period, byIndicator) => aggregator.AggregateProvince(period, byIndicator, summary.StructureDate), atOnce, cancellationToken);
        var byPeriod = others.Zip(read).ToDictionary(p => p.First, p => p.Second);
        return periods.Select(p => p == summary.Period ? summary.Current : p == summary.ComparePeriod ? summary.Compare : byPeriod[p]).ToList();
    }
}
