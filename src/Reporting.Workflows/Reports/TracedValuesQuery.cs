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
    /// <param name="limit">Most values listed (<see cref="TracedValues.Limit"/> in reports).</param>
    public async Task<TracedValues> BuildAsync(PeriodSummary summary, int limit = TracedValues.Limit, CancellationToken cancellationToken = default)
    {
        var current = await ListAsync(summary.Current, limit, cancellationToken);
        var compare = await ListAsync(summary.Compare, limit - current.Count, cancellationToken);
        return new TracedValues(current, compare, TracedValues.TotalOf(workspace.Catalog, summary));
    }

    private async Task<IReadOnlyList<ReportedValue>> ListAsync(PeriodAggregate aggregate, int limit, CancellationToken cancellationToken)
    {
        if (limit <= 0)
        {
            return [];
        }

        // Each agency's roll-ups the province figures are made of, by indicator.
        var catalog = workspace.Catalog;
        var byAgency = new Dictionary<string, Dictionary<string, PeriodRollup>>(StringComparer.Ordinal);
        foreach (var rollup in catalog.Indicators.Where(i => !i.IsDerived).SelectMany(i => aggregate.Province(i.Code).Contributions))
        {
            if (!byAgency.TryGetValue(rollup.AgencyCode, out var own))
            {
                own = byAgency[rollup.AgencyCode] = new Dictionary<string, PeriodRollup>(StringComparer.Ordinal);
            }

            own[rollup.IndicatorCode] = rollup;
        }

        // Agencies in the order listed, as many as the list takes: the roll-ups say how many values each is made of.
        var agencies = new List<string>();
        var count = 0;
        foreach (var (agency, rollups) in byAgency.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (count >= limit)
            {
                break;
            }

            agencies.Add(agency);
            count += rollups.Values.Sum(r => r.SourceCountBy(catalog[r.IndicatorCode].OverTime));
        }

        var period = aggregate.Period;
        var values = await workspace.Submissions.CurrentValuesOfAgenciesAsync(agencies, period.FirstMonth, period.LastMonth, cancellationToken);

        // Values come agency by agency in list order, so each agency's are put in order on their own.
        return values
            .Where(v => byAgency[v.AgencyCode].TryGetValue(v.IndicatorCode, out var rollup) && rollup.IsSourceBy(catalog[v.IndicatorCode].OverTime, v))
            .GroupBy(v => v.AgencyCode, StringComparer.Ordinal)
            .SelectMany(own => TracedValues.InOrder(catalog, own))
            .Take(limit)
            .ToList();
    }
}
