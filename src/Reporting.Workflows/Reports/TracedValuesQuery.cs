using Reporting.Core.Aggregation;
using Reporting.Core.Reports;
using Reporting.Core.Submissions;
using Reporting.Core.Summary;

namespace Reporting.Workflows.Reports;

/// <summary>
/// The submitted values behind a summary aggregated from stored roll-ups (whose figures carry no values): read agency
/// by agency, kept when the figure is made of them, and no further than the report lists.
/// </summary>
public sealed class TracedValuesQuery(ReportingWorkspace workspace)
{
    public async Task<TracedValues> BuildAsync(PeriodSummary summary, CancellationToken cancellationToken = default)
    {
        var current = await ListAsync(summary.Current, TracedValues.Limit, cancellationToken);
        var compare = await ListAsync(summary.Compare, TracedValues.Limit - current.Count, cancellationToken);
        return new TracedValues(current, compare, TracedValues.TotalOf(workspace.Catalog, summary));
    }

    private async Task<IReadOnlyList<ReportedValue>> ListAsync(PeriodAggregate aggregate, int limit, CancellationToken cancellationToken)
    {
        var catalog = workspace.Catalog;
        var contributions = catalog.Indicators.Where(i => !i.IsDerived)
            .SelectMany(i => aggregate.Province(i.Code).Contributions)
            .ToDictionary(r => (r.AgencyCode, r.IndicatorCode));
        var kept = new List<ReportedValue>();
        if (limit <= 0)
        {
            return kept;
        }

        var period = aggregate.Period;
        await foreach (var value in workspace.Submissions.CurrentValuesByAgencyAsync(period.FirstMonth, period.LastMonth, cancellationToken))
        {
            // Values come agency by agency: once enough are kept, the agency being read is finished and the rest skipped.
            if (kept.Count >= limit && kept[^1].AgencyCode != value.AgencyCode)
            {
                break;
            }

            if (contributions.TryGetValue((value.AgencyCode, value.IndicatorCode), out var rollup) && rollup.IsSourceBy(catalog[value.IndicatorCode].OverTime, value))
            {
                kept.Add(value);
            }
        }

        return TracedValues.InOrder(catalog, kept).Take(limit).ToList();
    }
}
