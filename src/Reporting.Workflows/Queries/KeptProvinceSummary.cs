using System.Data.Common;
using Reporting.Core.Aggregation;
using Reporting.Core.Periods;
using Reporting.Core.Summary;
using Reporting.Data;

namespace Reporting.Workflows.Queries;

/// <summary>
/// The province's figures of a period against its compare period, as `reporting summary` prints them: each period's
/// found in <see cref="StoredAggregateStore"/> when no write since it was aggregated touched its months, else aggregated
/// from the stored roll-ups and kept there for the next command. A process starts with nothing in memory: at 5,000
/// agencies reading and aggregating 2 x 190,000 roll-ups was most of a summary's second and more.
/// </summary>
internal sealed class KeptProvinceSummary(ReportingWorkspace workspace)
{
    /// <summary>A writer holding the database makes keeping wait this long at most, then give up (the figures are printed anyway).</summary>
    private static readonly TimeSpan KeepingWait = TimeSpan.FromSeconds(1);

    public async Task<PeriodSummary> BuildAsync(PeriodId period, PeriodId comparePeriod, CancellationToken cancellationToken)
    {
        var structureDate = SummaryBuilder.StructureDate(period);

        // The stamp before the roll-ups: figures kept under it hold at least its data, so a later write is never missed.
        var stamp = await new DataVersionStore(workspace.Db).ReadAsync(cancellationToken);
        var keepable = stamp.Catalog == workspace.CatalogVersion;
        var stored = new StoredAggregateStore(workspace.Db);
        PeriodId[] periods = [period, comparePeriod];
        var aggregates = new PeriodAggregate?[periods.Length];
        for (var i = 0; i < periods.Length && keepable; i++)
        {
            aggregates[i] = await stored.FindAsync(periods[i], structureDate, stamp, cancellationToken);
        }

        // Each missing period's roll-ups on a connection of its own and aggregated on its own thread, at the same time.
        var missing = Enumerable.Range(0, periods.Length).Where(i => aggregates[i] is null).ToList();
        if (missing.Count > 0)
        {
            var aggregator = new Aggregator(workspace.Catalog, workspace.Agencies);
            var rollups = workspace.Submissions.Rollups;
            await Task.WhenAll(missing.Select(i => Task.Run(
                async () => aggregates[i] = aggregator.Aggregate(await rollups.ReadOnOwnConnectionAsync(periods[i], cancellationToken), structureDate, AggregateDetail.Province),
                cancellationToken)));
            if (keepable)
            {
                await KeepAsync(missing.Select(i => aggregates[i]!), structureDate, stamp, cancellationToken);
            }
        }

        // Both kept: the agency list is never read (see ProvinceCatalog).
        return new SummaryBuilder(workspace.Catalog).Build(aggregates[0]!, aggregates[1]!);
    }

    /// <summary>
    /// Keeps the figures for the next command, on a connection that may write even when the command only reads: they
    /// change no data and no stamp. Not where the database cannot be written (a read-only file, mount or role) or a
    /// writer holds it longer than <see cref="KeepingWait"/>: the next command aggregates again.
    /// </summary>
    private async Task KeepAsync(IEnumerable<PeriodAggregate> aggregates, DateOnly structureDate, DataStamp stamp, CancellationToken cancellationToken)
    {
        var settings = workspace.Db.Settings;
        if (settings.Immutable)
        {
            return;
        }

        try
        {
            await using var writer = ReportingDbContext.Open(settings with { ReadOnly = false, BusyTimeout = KeepingWait, OnWaiting = null });
            var store = new StoredAggregateStore(writer);
            foreach (var aggregate in aggregates)
            {
                await store.KeepAsync(aggregate, structureDate, stamp, workspace.Catalog.Indicators.Select(i => i.Code), cancellationToken);
            }
        }
        catch (DbException)
        {
            // Not kept: a later command aggregates again, as this one did.
        }
    }
}
