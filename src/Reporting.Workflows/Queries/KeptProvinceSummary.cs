using Reporting.Core.Aggregation;
using Reporting.Core.Periods;
using Reporting.Core.Summary;
using Reporting.Data;

namespace Reporting.Workflows.Queries;

/// <summary>
/// The province's figures of a period against its compare period, as `reporting summary` prints them: each period's
/// found in <see cref="StoredAggregateStore"/> when no write since it was aggregated touched its months (reviews, issues
/// and reopenings never do: the figures count every current version, accepted or not, locked or not); brought up to
/// date from the agencies that sent a file of its months since, when that is all that changed; else tallied from every
/// stored roll-up. Either way kept for the next command. A process starts with nothing in memory: at 5,000 agencies
/// reading and aggregating 2 x 190,000 roll-ups was most of a summary's second and more, and an update after a file
/// reads one agency's roll-ups and one bucket of shares instead.
/// </summary>
internal sealed class KeptProvinceSummary(ReportingWorkspace workspace)
{
    public async Task<PeriodSummary> BuildAsync(PeriodId period, PeriodId comparePeriod, CancellationToken cancellationToken)
    {
        var structureDate = SummaryBuilder.StructureDate(period);

        // The stamp before the roll-ups: figures kept under it hold at least its data, so a later write is never missed.
        var stamp = await new DataVersionStore(workspace.Db).ReadAsync(cancellationToken);
        var keepable = stamp.Catalog == workspace.CatalogVersion;
        var stored = new StoredAggregateStore(workspace.Db);
        PeriodId[] periods = [period, comparePeriod];
        var aggregates = new PeriodAggregate?[periods.Length];
        var updates = new Update?[periods.Length];
        for (var i = 0; i < periods.Length && keepable; i++)
        {
            var kept = await stored.FindAsync(periods[i], structureDate, stamp, cancellationToken);
            if (kept is { ChangedAgencies.Count: 0 })
            {
                aggregates[i] = kept.Aggregate;
            }
            else if (kept is { Totals: { } totals } && totals.Fits(workspace.Catalog))
            {
                updates[i] = await UpdateFromAsync(stored, kept, periods[i], structureDate, cancellationToken);
            }
        }

        // Each period still missing on a connection of its own and worked out on its own thread, at the same time.
        var missing = Enumerable.Range(0, periods.Length).Where(i => aggregates[i] is null).ToList();
        var tallies = new ProvinceTally?[periods.Length];
        await Task.WhenAll(missing.Select(i => Task.Run(
            async () =>
            {
                if (updates[i] is { } update)
                {
                    aggregates[i] = await update.ApplyAsync(workspace, cancellationToken);
                }
                else
                {
                    var rollups = await workspace.Submissions.Rollups.ReadOnOwnConnectionAsync(periods[i], cancellationToken);
                    if (periods[i].Kind == PeriodKind.Month)
                    {
                        // A month's roll-ups are its values, which a tally does not keep: kept without shares, a file
                        // of the month makes it aggregated again.
                        aggregates[i] = new Aggregator(workspace.Catalog, workspace.Agencies).Aggregate(rollups, structureDate, AggregateDetail.Province);
                    }
                    else
                    {
                        tallies[i] = ProvinceTally.Of(workspace.Catalog, workspace.Agencies, rollups, structureDate);
                        aggregates[i] = tallies[i]!.Aggregate;
                    }
                }
            },
            cancellationToken)));
        if (keepable && missing.Count > 0)
        {
            await KeepAsync(missing.Select(i => (aggregates[i]!, tallies[i], updates[i])), structureDate, stamp, cancellationToken);
        }

        // Both kept: the agency list is never read (see ProvinceCatalog).
        return new SummaryBuilder(workspace.Catalog).Build(aggregates[0]!, aggregates[1]!);
    }

    /// <summary>
    /// What bringing a kept period up to date takes: the changed agencies' carriers and their shares kept; null when those
    /// cannot be had (an agency no longer listed, the row replaced since it was found, a damaged bucket).
    /// </summary>
    private async Task<Update?> UpdateFromAsync(StoredAggregateStore stored, StoredAggregate kept, PeriodId period, DateOnly structureDate, CancellationToken cancellationToken)
    {
        var structure = new TallyStructure(workspace.Catalog, workspace.Agencies, period, structureDate);
        if (!kept.ChangedAgencies.All(structure.Knows))
        {
            return null;
        }

        var carriers = kept.ChangedAgencies.Select(structure.CarrierOf).Distinct(StringComparer.Ordinal).ToList();
        return await stored.ReadSharesAsync(period, structureDate, kept, carriers, cancellationToken) is { } shares
            ? new Update(kept, structure, carriers, shares, period)
            : null;
    }

    /// <summary>Keeps the figures worked out for the next command (<see cref="KeptProvinceFigures.KeepAsync"/>).</summary>
    private Task KeepAsync(IEnumerable<(PeriodAggregate Aggregate, ProvinceTally? Tally, Update? Update)> worked, DateOnly structureDate, DataStamp stamp, CancellationToken cancellationToken)
    {
        var indicatorCodes = workspace.Catalog.Indicators.Select(i => i.Code).ToList();
        return KeptProvinceFigures.KeepAsync(workspace, async store =>
        {
            foreach (var (aggregate, tally, update) in worked)
            {
                if (update is { Totals: { } totals })
                {
                    await store.UpdateAsync(update.Kept, aggregate, totals, update.Shares, structureDate, stamp, indicatorCodes, cancellationToken);
                }
                else
                {
                    await store.KeepAsync(aggregate, tally?.Totals, tally?.Shares ?? [], structureDate, stamp, indicatorCodes, cancellationToken);
                }
            }
        });
    }

    /// <summary>A kept period brought up to date: the changed carriers' shares worked out from their members' roll-ups, the totals changed by the difference.</summary>
    private sealed class Update(StoredAggregate kept, TallyStructure structure, IReadOnlyList<string> carriers, KeptShares shares, PeriodId period)
    {
        public StoredAggregate Kept => kept;

        public KeptShares Shares => shares;

        public ProvinceTotals? Totals { get; private set; }

        public async Task<PeriodAggregate> ApplyAsync(ReportingWorkspace workspace, CancellationToken cancellationToken)
        {
            var members = carriers.SelectMany(structure.MembersOf).Select(a => a.Code).ToHashSet(StringComparer.Ordinal);
            var rollups = new RollupSet(period, await workspace.Submissions.Rollups.ReadOfAgenciesOnOwnConnectionAsync(period, members, cancellationToken));
            var removed = carriers.Select(shares.Of).OfType<CarrierShares>().ToList();
            var added = carriers.Select(c => structure.SharesOf(c, rollups)).ToList();
            added.ForEach(c => shares.Replace(c.Carrier, c));
            Totals = kept.Totals!.Replacing(removed, added);
            return Totals.ToAggregate(workspace.Catalog, period);
        }
    }
}
