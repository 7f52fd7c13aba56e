using Reporting.Core.Aggregation;
using Reporting.Core.Catalog;
using Reporting.Core.Submissions;
using Reporting.Core.Summary;

namespace Reporting.Core.Reports;

/// <summary>
/// The submitted values behind a report's province figures, of its period and then of the compare period, each in
/// agency, catalog and period order, at most <see cref="Limit"/> in all: a province of thousands of agencies submits
/// millions of values a half-year, past what a sheet can hold or anyone can read.
/// </summary>
/// <param name="Total">How many values there are in all, listed or not.</param>
public sealed record TracedValues(IReadOnlyList<ReportedValue> Current, IReadOnlyList<ReportedValue> Compare, int Total)
{
    /// <summary>Most values listed (a sheet holds 1,048,576 rows).</summary>
    public const int Limit = 200_000;

    /// <summary>From figures that carry their sources (aggregated from values in memory).</summary>
    /// <param name="limit">Most values listed (<see cref="Limit"/> in reports).</param>
    public static TracedValues FromSources(IndicatorCatalog catalog, PeriodSummary summary, int limit = Limit)
    {
        var current = InOrder(catalog, SourcesOf(catalog, summary.Current)).Take(limit).ToList();
        var compare = InOrder(catalog, SourcesOf(catalog, summary.Compare)).Take(limit - current.Count).ToList();
        return new TracedValues(current, compare, TotalOf(catalog, summary));
    }

    /// <summary>How many values the province figures of both periods are made of.</summary>
    public static int TotalOf(IndicatorCatalog catalog, PeriodSummary summary) =>
        new[] { summary.Current, summary.Compare }.Sum(a => catalog.Indicators.Where(i => !i.IsDerived).Sum(i => a.Province(i.Code).SourceCount));

    /// <summary>Agency, then catalog order, then submission period: how the data sheet lists values.</summary>
    public static IEnumerable<ReportedValue> InOrder(IndicatorCatalog catalog, IEnumerable<ReportedValue> values)
    {
        var order = catalog.Indicators.Select((i, n) => (i.Code, n)).ToDictionary(p => p.Code, p => p.n, StringComparer.Ordinal);
        return values
            .OrderBy(v => v.AgencyCode, StringComparer.Ordinal)
            .ThenBy(v => order.GetValueOrDefault(v.IndicatorCode))
            .ThenBy(v => v.Period);
    }

    private static IEnumerable<ReportedValue> SourcesOf(IndicatorCatalog catalog, PeriodAggregate aggregate) =>
        catalog.Indicators.Where(i => !i.IsDerived).SelectMany(i => aggregate.Province(i.Code).Sources);
}
