using Reporting.Core.Aggregation;
using Reporting.Core.Periods;
using Reporting.Core.Summary;
using Reporting.Data;
using Reporting.Data.Entities;

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

        // The periods still being filled (up to the latest month with data) keep their roll-ups for updates from the start.
        var latest = await workspace.Submissions.LatestMonthAsync(cancellationToken);
        var aggregates = new PeriodAggregate[shown.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, shown.Count), options, async (i, _) =>
            aggregates[i] = (await workspace.Database.Figures.GetOrComputeAsync(
                new FigureKey(AggregateKind, shown[i], StructureDate: structureDate),
                stamp,
                cacheable,
                () => AggregateAsync(shown[i], structureDate, keepRollups: latest is { } month && shown[i].LastMonth >= month, cancellationToken),
                changes.BetweenAsync,
                (kept, since) => UpdateAggregateAsync(kept, shown[i], structureDate, since, cancellationToken))).Aggregate);
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

    /// <summary>The period's province figures from its stored roll-ups, read on a connection of its own.</summary>
    /// <param name="keepRollups">Whether the roll-ups are kept with the figures, for a period still being filled.</param>
    private async Task<KeptAggregate> AggregateAsync(PeriodId period, DateOnly structureDate, bool keepRollups, CancellationToken cancellationToken)
    {
        var rollups = await workspace.Submissions.Rollups.ReadOnOwnConnectionAsync(period, cancellationToken);
        return new KeptAggregate(Aggregate(rollups, structureDate), keepRollups ? rollups : null);
    }

    /// <summary>
    /// The period's figures after submissions of its months were stored: the first time, aggregated from every roll-up
    /// read again (unless kept from the start), which are then kept; after that, from the kept roll-ups with those of the agencies that stored
    /// something read again. On a report day each upload thus reads one agency's roll-ups, not 190,000 of 5,000
    /// agencies; the aggregation over agencies stays the one in Core, so the figures are those a fresh read gives.
    /// Only periods still being filled or that received submissions keep their roll-ups (tens of MB at 5,000 agencies),
    /// not every period shown.
    /// </summary>
    private async Task<KeptAggregate> UpdateAggregateAsync(KeptAggregate kept, PeriodId period, DateOnly structureDate, IReadOnlyList<DataChange> changes, CancellationToken cancellationToken)
    {
        var rollups = workspace.Submissions.Rollups;
        RollupSet current;
        if (kept.Rollups is null)
        {
            current = await rollups.ReadOnOwnConnectionAsync(period, cancellationToken);
        }
        else
        {
            var agencies = changes.Select(c => c.AgencyCode).ToHashSet(StringComparer.Ordinal);
            current = kept.Rollups.Replacing(agencies, await rollups.ReadOfAgenciesOnOwnConnectionAsync(period, agencies, cancellationToken));
        }

        return new KeptAggregate(Aggregate(current, structureDate), current);
    }

    private PeriodAggregate Aggregate(RollupSet rollups, DateOnly structureDate) =>
        new Aggregator(workspace.Catalog, workspace.Agencies).Aggregate(rollups, structureDate, AggregateDetail.Province).WithoutContributions();

    /// <summary>A period's province figures, with the roll-ups they were made of when the period is kept up to date by updates.</summary>
    private sealed record KeptAggregate(PeriodAggregate Aggregate, RollupSet? Rollups);
}
