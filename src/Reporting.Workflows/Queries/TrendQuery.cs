using Reporting.Core.Aggregation;
using Reporting.Core.Periods;
using Reporting.Core.Summary;

namespace Reporting.Workflows.Queries;

/// <summary>Province figures of the periods of the same kind leading up to a summary's period (for trend charts).</summary>
public sealed class TrendQuery(ReportingWorkspace workspace)
{
    /// <summary>How many periods of the same kind a trend shows (12 for months).</summary>
    public static int Length(PeriodId period) => period.Kind == PeriodKind.Month ? 12 : 6;

    /// <summary>Oldest first, ending with the summary's period; reuses the summary's own aggregates.</summary>
    public async Task<IReadOnlyList<PeriodAggregate>> BuildAsync(PeriodSummary summary, CancellationToken cancellationToken = default)
    {
        var aggregator = new Aggregator(workspace.Catalog, workspace.Agencies);
        var trend = new List<PeriodAggregate>();
        foreach (var p in summary.Period.Trend(Length(summary.Period)))
        {
            trend.Add(p == summary.Period ? summary.Current : p == summary.ComparePeriod ? summary.Compare
                : aggregator.AggregateProvince(await workspace.Submissions.Rollups.ReadAsync(p, cancellationToken), summary.StructureDate));
        }

        return trend;
    }
}
