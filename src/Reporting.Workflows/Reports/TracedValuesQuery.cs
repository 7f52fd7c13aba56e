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
        var agencies = contributions.Keys.Select(k => k.AgencyCode).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var period = aggregate.Period;
        foreach (var agency in agencies)
        {
            // Agency by agency, in the order listed: once enough are kept, the rest is not read.
            if (kept.Count >= limit)
            {
                break;
            }

            var values = await workspace.Submissions.CurrentValuesOfAgencyAsync(agency, period.FirstMonth, period.LastMonth, cancellationToken);
            kept.AddRange(values.Where(v =>
                contributions.TryGetValue((v.AgencyCode, v.IndicatorCode), out var rollup) && rollup.IsSourceBy(catalog[v.IndicatorCode].OverTime, v)));
        }

        return TracedValues.InOrder(catalog, kept).Take(limit).ToList();
    }
}
