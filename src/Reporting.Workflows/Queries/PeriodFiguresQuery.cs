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
        var key = new FigureKey(acceptedOnly ? AcceptedKind : Kind, period, comparePeriod)
        {
            From = shown.Min(p => p.FirstMonth),
            To = shown.Max(p => p.LastMonth),
            MovedByCycle = acceptedOnly,
        };
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

        // The periods still being filled (up to the latest month with data) keep what updates need from the start.
        var latest = await new PeriodsQuery(workspace).LatestMonthAsync(cancellationToken);
        var aggregates = new PeriodAggregate[shown.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, shown.Count), options, async (i, _) =>
            aggregates[i] = (await workspace.Database.Figures.GetOrComputeAsync(
                new FigureKey(AggregateKind, shown[i], StructureDate: structureDate) { MovedByCycle = false },
                stamp,
                cacheable,
                () => latest is { } month && shown[i].LastMonth >= month
                    ? AggregateAsync(shown[i], structureDate, keep: true, cancellationToken)
                    : FinishedAsync(shown[i], structureDate, cacheable, cancellationToken),
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
    /// <param name="keep">Whether what updates need is kept with the figures, for a period still being filled.</param>
    private async Task<KeptAggregate> AggregateAsync(PeriodId period, DateOnly structureDate, bool keep, CancellationToken cancellationToken)
    {
        var rollups = await workspace.Submissions.Rollups.ReadOnOwnConnectionAsync(period, cancellationToken);
        return keep ? Keeping(rollups, structureDate) : new KeptAggregate(Aggregate(rollups, structureDate), null, null);
    }

    /// <summary>
    /// A period no longer being filled: found kept in the database when no write since touched its months (by a report,
    /// `reporting summary` or another portal process, <see cref="KeptProvinceFigures"/>), else aggregated from its stored
    /// roll-ups and kept there for the next process: after a restart the period page reads one row for each of the six
    /// finished periods it shows instead of 190,000 roll-ups at 5,000 agencies.
    /// </summary>
    private async Task<KeptAggregate> FinishedAsync(PeriodId period, DateOnly structureDate, bool cacheable, CancellationToken cancellationToken)
    {
        if (!cacheable)
        {
            return await AggregateAsync(period, structureDate, keep: false, cancellationToken);
        }

        var (stamp, keepable, found) = await KeptProvinceFigures.FindUnchangedAsync(workspace, [period], structureDate, cancellationToken);
        if (found.TryGetValue(period, out var kept))
        {
            return new KeptAggregate(kept, null, null);
        }

        var aggregated = await AggregateAsync(period, structureDate, keep: false, cancellationToken);
        if (keepable)
        {
            await KeptProvinceFigures.KeepFiguresAsync(workspace, [aggregated.Aggregate], structureDate, stamp, cancellationToken);
        }

        return aggregated;
    }

    /// <summary>
    /// The period's figures after submissions of its months were stored. A stored period (quarter to year) keeps its
    /// province tally, each carrier's share of the province figures (<see cref="ProvinceTally"/>): an upload re-reads its
    /// agency's roll-ups and works out that agency's carrier's shares alone, then sums the shares: at 5,000 agencies less
    /// than half an aggregation of the 190,000 roll-ups, with no read of them (see the README). A month keeps its roll-ups and aggregates them again
    /// in memory. The first update of a period not kept from the start reads every roll-up again. Only periods still
    /// being filled, or that received submissions, keep either (tens of MB at 5,000 agencies), not every period shown.
    /// </summary>
    private async Task<KeptAggregate> UpdateAggregateAsync(KeptAggregate kept, PeriodId period, DateOnly structureDate, IReadOnlyList<DataChange> changes, CancellationToken cancellationToken)
    {
        var store = workspace.Submissions.Rollups;
        var agencies = changes.Select(c => c.AgencyCode).ToHashSet(StringComparer.Ordinal);
        if (kept.Tally is { } tally)
        {
            var updated = tally.Replacing(agencies, await store.ReadOfAgenciesOnOwnConnectionAsync(period, agencies, cancellationToken));
            return new KeptAggregate(updated.Aggregate, updated, null);
        }

        var rollups = kept.Rollups is null
            ? await store.ReadOnOwnConnectionAsync(period, cancellationToken)
            : kept.Rollups.Replacing(agencies, await store.ReadOfAgenciesOnOwnConnectionAsync(period, agencies, cancellationToken));
        return Keeping(rollups, structureDate);
    }

    /// <summary>The figures with what updates start from: a tally for a stored period, the roll-ups for a month.</summary>
    private KeptAggregate Keeping(RollupSet rollups, DateOnly structureDate)
    {
        if (rollups.Period.Kind == PeriodKind.Month)
        {
            return new KeptAggregate(Aggregate(rollups, structureDate), null, rollups);
        }

        var tally = ProvinceTally.Of(workspace.Catalog, workspace.Agencies, rollups, structureDate);
        return new KeptAggregate(tally.Aggregate, tally, null);
    }

    private PeriodAggregate Aggregate(RollupSet rollups, DateOnly structureDate) =>
        new Aggregator(workspace.Catalog, workspace.Agencies).Aggregate(rollups, structureDate, AggregateDetail.Province).WithoutContributions();

    /// <summary>A period's province figures, with what updates start from when the period is kept up to date (one or neither).</summary>
    private sealed record KeptAggregate(PeriodAggregate Aggregate, ProvinceTally? Tally, RollupSet? Rollups);
}
