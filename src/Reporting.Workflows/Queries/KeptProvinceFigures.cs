using System.Data.Common;
using Reporting.Core.Aggregation;
using Reporting.Core.Periods;
using Reporting.Data;

namespace Reporting.Workflows.Queries;

/// <summary>
/// Province figures of periods kept in the database between processes (<see cref="StoredAggregateStore"/>), for the
/// processes that start with nothing in memory: `reporting summary` (<see cref="KeptProvinceSummary"/>), the trend of a
/// report (<see cref="TrendQuery"/>), and the finished periods of the portal's period page after a start
/// (<see cref="PeriodFiguresQuery"/>). Keeping is never required: where it cannot be done the figures are shown anyway
/// and the next process works them out again.
/// </summary>
internal static class KeptProvinceFigures
{
    /// <summary>A writer holding the database makes keeping wait this long at most, then give up (the figures are shown anyway).</summary>
    private static readonly TimeSpan KeepingWait = TimeSpan.FromSeconds(1);

    /// <summary>
    /// The figures kept of each of <paramref name="periods"/> that no write since touched (a file of other months, a
    /// review or an issue never does), read with the stamp on a connection of their own, so beside other reads of the
    /// workspace's; none when the workspace's catalog is older than the stamp.
    /// </summary>
    /// <returns>The stamp read before anything else (figures worked out now are kept under it), whether they may be kept, and the periods found.</returns>
    public static async Task<(DataStamp Stamp, bool Keepable, IReadOnlyDictionary<PeriodId, PeriodAggregate> Found)> FindUnchangedAsync(
        ReportingWorkspace workspace, IEnumerable<PeriodId> periods, DateOnly structureDate, CancellationToken cancellationToken)
    {
        await using var own = ReportingDbContext.Open(workspace.Db.Settings with { ReadOnly = true });
        var stamp = await new DataVersionStore(own).ReadAsync(cancellationToken);
        var found = new Dictionary<PeriodId, PeriodAggregate>();
        var keepable = stamp.Catalog == workspace.CatalogVersion;
        var stored = new StoredAggregateStore(own);
        foreach (var period in keepable ? periods : [])
        {
            if (await stored.FindAsync(period, structureDate, stamp, cancellationToken) is { ChangedAgencies.Count: 0 } kept)
            {
                found[period] = kept.Aggregate;
            }
        }

        return (stamp, keepable, found);
    }

    /// <summary>
    /// Keeps province figures alone, without the carriers' shares an update starts from (a file of their months makes
    /// them aggregated again), under <paramref name="stamp"/>, read before their roll-ups were.
    /// </summary>
    public static Task KeepFiguresAsync(ReportingWorkspace workspace, IEnumerable<PeriodAggregate> aggregates, DateOnly structureDate, DataStamp stamp, CancellationToken cancellationToken)
    {
        var indicatorCodes = workspace.Catalog.Indicators.Select(i => i.Code).ToList();
        return KeepAsync(workspace, async store =>
        {
            foreach (var aggregate in aggregates)
            {
                await store.KeepAsync(aggregate, null, [], structureDate, stamp, indicatorCodes, cancellationToken);
            }
        });
    }

    /// <summary>
    /// Runs <paramref name="keep"/> on a connection that may write even when the command only reads (kept figures change
    /// no data and no stamp). Not where the database cannot be written (a read-only file, mount or role), a writer holds
    /// it longer than <see cref="KeepingWait"/>, or another command kept a period meanwhile.
    /// </summary>
    public static async Task KeepAsync(ReportingWorkspace workspace, Func<StoredAggregateStore, Task> keep)
    {
        var settings = workspace.Db.Settings;
        if (settings.Immutable)
        {
            return;
        }

        try
        {
            await using var writer = ReportingDbContext.Open(settings with { ReadOnly = false, BusyTimeout = KeepingWait, OnWaiting = null });
            await keep(new StoredAggregateStore(writer));
        }
        catch (DbException)
        {
            // Not kept: a later command works them out again, as this one did.
        }
    }
}
