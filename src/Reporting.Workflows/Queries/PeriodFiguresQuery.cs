using Reporting.Core.Aggregation;
using Reporting.Core.Periods;
using Reporting.Core.Summary;
using Reporting.Data;

namespace Reporting.Workflows.Queries;

/// <summary>
/// A period's summary and trend from the process's <see cref="FigureCache"/>: each period shown is aggregated once per
/// state of its months' data and kept for every request (the database's stamp is read on every call, so a file stored
/// a moment ago, by any process, is in the figures). A file of June makes the half-year containing it aggregated again,
/// not the five half-years before it the trend shows, nor last year's half the summary compares with.
/// </summary>
public sealed class PeriodFiguresQuery(ReportingWorkspace workspace)
{
    public const string Kind = "period-figures";

    /// <summary>A period's province figures aggregated over agencies as they stood on a date (the summary period's end).</summary>
    public const string AggregateKind = "period-aggregate";

    /// <summary>The figures from accepted submissions only, kept apart (accepting or returning raises the stamp).</summary>
    public const string AcceptedKind = "period-figures-accepted";

    /// <param name="acceptedOnly">The period's figures from accepted submissions only (<see cref="SummaryQuery.BuildAcceptedOnlyAsync"/>).</param>
    public async Task<PeriodFigures> BuildAsync(PeriodId period, PeriodId? compare = null, bool acceptedOnly = false, CancellationToken cancellationToken = default)
    {
        var comparePeriod = compare ?? period.SamePeriodLastYear;
        var stamp = await new DataVersionStore(workspace.Db).ReadAsync(cancellationToken);
        var cacheable = stamp.Catalog == workspace.CatalogVersion;
        var changes = new DataChangeLog(workspace, cancellationToken);
        var trend = period.Trend(TrendQuery.Length(period));
        var shown = trend.Append(comparePeriod).Distinct().ToList();
        var key = new FigureKey(acceptedOnly ? AcceptedKind : Kind, period, comparePeriod) { From = shown.Min(p => p.FirstMonth), To = shown.Max(p => p.LastMonth) };
        return await workspace.Database.Figures.GetOrComputeAsync(
            key,
            stamp,
            cacheable,
            () => acceptedOnly ? AcceptedOnlyAsync(period, compare, cancellationToken) : FromAggregatesAsync(period, comparePeriod, trend, shown, stamp, cacheable, changes, cancellationToken),
            changes.BetweenAsync);
    }

    private async Task<PeriodFigures> FromAggregatesAsync(
        PeriodId period, PeriodId comparePeriod, IReadOnlyList<PeriodId> trend, List<PeriodId> shown, DataStamp stamp, bool cacheable, DataChangeLog changes, CancellationToken cancellationToken)
    {
        var structureDate = SummaryBuilder.StructureDate(period);
        var aggregates = new PeriodAggregate[shown.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, shown.Count), options, async (i, _) =>
            aggregates[i] = await workspace.Database.Figures.GetOrComputeAsync(
                new FigureKey(AggregateKind, shown[i], StructureDate: structureDate),
                stamp,
                cacheable,
                () => AggregateAsync(shown[i], structureDate, cancellationToken),
                changes.BetweenAsync));
        var byPeriod = shown.Zip(aggregates).ToDictionary(p => p.First, p => p.Second);
        var summary = new SummaryBuilder(workspace.Catalog, workspace.Agencies).Build(byPeriod[period], byPeriod[comparePeriod]);
        return new PeriodFigures(summary, trend.Select(p => byPeriod[p]).ToList());
    }

    /// <summary>Accepted-only figures are not in the roll-ups (they count every current version): built from the values.</summary>
    private async Task<PeriodFigures> AcceptedOnlyAsync(PeriodId period, PeriodId? compare, CancellationToken cancellationToken)
    {
        var summary = await new SummaryQuery(workspace).BuildAcceptedOnlyAsync(period, compare, cancellationToken: cancellationToken);
        var trend = await new TrendQuery(workspace).BuildAsync(summary, Environment.ProcessorCount, cancellationToken);
        return new PeriodFigures(summary, trend);
    }

    /// <summary>The period's province figures from its stored roll-ups, read on a connection of its own; without the roll-ups behind them.</summary>
    private async Task<PeriodAggregate> AggregateAsync(PeriodId period, DateOnly structureDate, CancellationToken cancellationToken)
    {
        var rollups = await workspace.Submissions.Rollups.ReadOnOwnConnectionAsync(period, cancellationToken);
        return new Aggregator(workspace.Catalog, workspace.Agencies).Aggregate(rollups, structureDate, AggregateDetail.Province).WithoutContributions();
    }
}
