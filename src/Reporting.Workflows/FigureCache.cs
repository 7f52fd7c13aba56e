using Reporting.Data;
using Reporting.Data.Entities;

namespace Reporting.Workflows;

/// <summary>
/// Figures of the portal's busiest pages (a period's aggregates, summary and trend, a period's completeness) computed
/// once per state of the data and shared by every request and user of one process. An entry is used only while the
/// database's <see cref="DataStamp"/>, read on each request, is the one it was computed at, or when every write since
/// stored a submission of other months than the figure's (<c>data_changes</c> says which), or was a review, issue or
/// reopening for a figure of every current version (<see cref="FigureKey.MovedByCycle"/>): a submission of its months or a catalog
/// change by any process makes it computed again, so a figure is never served stale. At most
/// <see cref="Capacity"/> entries are kept, the least recently used let go first; requests asking at once for the
/// same figure wait for one computation.
/// </summary>
public sealed class FigureCache(int capacity)
{
    /// <summary>
    /// Enough for the periods people look at on a report day: a period page keeps its summary with trend and one
    /// aggregate per period shown (about eight entries); see the README for what an entry costs.
    /// </summary>
    public const int DefaultCapacity = 64;

    private readonly Lock gate = new();
    private readonly Dictionary<FigureKey, Entry> entries = [];
    private long lastUse;
    private long computed;

    public int Capacity { get; } = capacity > 0 ? capacity : throw new ArgumentOutOfRangeException(nameof(capacity));

    /// <summary>How many figures are kept now.</summary>
    public int Count
    {
        get
        {
            lock (gate)
            {
                return entries.Count;
            }
        }
    }

    /// <summary>How many figures were computed rather than found (tests and the load benchmark read it).</summary>
    public long Computed => Interlocked.Read(ref computed);

    /// <summary>
    /// The figure kept for <paramref name="key"/> at <paramref name="stamp"/> (or at a later one: a figure of a newer
    /// state of the data holds every write the caller saw), else computes it with <paramref name="compute"/> (once for
    /// every request waiting on it) and keeps it. While the figure is being computed for an earlier state, a request
    /// waits for that computation before it starts its own: on a report day every upload makes the half-year computed
    /// again, and overlapping computations of one figure would only share the processor between them.
    /// </summary>
    /// <param name="cacheable">False when the caller's catalog is older than the stamp: computed, not kept.</param>
    /// <param name="changes">
    /// The months changed between two values of the submissions counter (null when unknown), to keep a figure across
    /// submissions of other months; without it a figure is kept at one stamp only.
    /// </param>
    /// <param name="update">
    /// Makes the figure from the one kept at an earlier stamp and the stored submissions since that touch its months,
    /// for a figure that can follow a change without being computed again from everything (null: computed again).
    /// </param>
    public async Task<T> GetOrComputeAsync<T>(
        FigureKey key, DataStamp stamp, bool cacheable, Func<Task<T>> compute, DataChanges? changes = null, Func<T, IReadOnlyList<DataChange>, Task<T>>? update = null)
        where T : class
    {
        if (!cacheable)
        {
            Interlocked.Increment(ref computed);
            return await compute();
        }

        for (var attempt = 0; ; attempt++)
        {
            // Changes since the figure kept at an earlier stamp: none of its months, it is renewed; some, it may be updated.
            var (kept, since) = (Renewable(key, stamp), (IReadOnlyList<DataChange>?)null);
            if (changes is not null && kept is not null && (since = await changes(kept.Stamp.Submissions, stamp.Submissions)) is not null)
            {
                since = since.Where(key.IsTouchedBy).ToList();
                if (since.Count == 0 && Renew(key, kept, stamp))
                {
                    return (T)await kept.Value.Task;
                }
            }

            var (claim, entry) = Claim(key, stamp);
            switch (claim)
            {
                case ClaimKind.Uncached:
                    Interlocked.Increment(ref computed);
                    return await compute();
                case ClaimKind.WaitForEarlier:
                    await entry!.Value.Task.ContinueWith(_ => { }, TaskScheduler.Default);
                    continue;
                case ClaimKind.Mine:
                    Interlocked.Increment(ref computed);
                    var updating = update is not null && since is not null && ReferenceEquals(entry!.Replaced, kept);
                    entry!.Replaced = null;
                    try
                    {
                        var value = updating ? await update!((T)await kept!.Value.Task, since!) : await compute();
                        entry.Value.SetResult(value);
                        return value;
                    }
                    catch (Exception ex)
                    {
                        lock (gate)
                        {
                            if (entries.TryGetValue(key, out var current) && ReferenceEquals(current, entry))
                            {
                                entries.Remove(key);
                            }
                        }

                        entry.Value.SetException(ex);
                        throw;
                    }

                default:
                    try
                    {
                        return (T)await entry!.Value.Task;
                    }
                    catch (Exception) when (attempt == 0)
                    {
                        // Another request's computation failed (it was cancelled, say): compute it for this one.
                    }

                    break;
            }
        }
    }

    /// <summary>
    /// An entry computed at an earlier stamp that only stored submissions since (or reviewed versions and issued or
    /// reopened periods, for a figure those do not move): kept if none is of its months.
    /// </summary>
    private Entry? Renewable(FigureKey key, DataStamp stamp)
    {
        lock (gate)
        {
            return entries.TryGetValue(key, out var entry) && entry.Stamp.Total < stamp.Total
                && entry.Value.Task.IsCompletedSuccessfully
                && (key.MovedByCycle ? stamp.OnlySubmissionsSince(entry.Stamp) : stamp.OnlySubmissionsOrCycleSince(entry.Stamp))
                ? entry
                : null;
        }
    }

    /// <summary>Moves <paramref name="kept"/> to <paramref name="stamp"/>, unless another request replaced it meanwhile.</summary>
    private bool Renew(FigureKey key, Entry kept, DataStamp stamp)
    {
        lock (gate)
        {
            if (!entries.TryGetValue(key, out var entry) || !ReferenceEquals(entry, kept))
            {
                return false;
            }

            entries[key] = new Entry(stamp, kept.Value) { LastUse = ++lastUse };
            return true;
        }
    }

    /// <summary>
    /// What this request does: use the entry kept (at its stamp or a later one of the same catalog), wait for the
    /// computation of an earlier state still running, compute a new entry (<see cref="ClaimKind.Mine"/>, which remembers
    /// the entry it replaces), or compute without keeping (the entry kept is of a later catalog than this request's).
    /// </summary>
    private (ClaimKind Kind, Entry? Entry) Claim(FigureKey key, DataStamp stamp)
    {
        lock (gate)
        {
            entries.TryGetValue(key, out var entry);
            if (entry is not null && entry.Stamp.Total > stamp.Total && entry.Stamp.Catalog != stamp.Catalog)
            {
                return (ClaimKind.Uncached, null);
            }

            if (entry is not null && entry.Stamp.Total < stamp.Total && !entry.Value.Task.IsCompleted)
            {
                return (ClaimKind.WaitForEarlier, entry);
            }

            var kind = ClaimKind.Use;
            if (entry is null || entry.Stamp.Total < stamp.Total)
            {
                entry = new Entry(stamp, new TaskCompletionSource<object>(TaskCreationOptions.RunContinuationsAsynchronously)) { Replaced = entry };
                entries[key] = entry;
                kind = ClaimKind.Mine;
            }

            // Used now, before evicting, so that the entry just made is never the one let go.
            entry.LastUse = ++lastUse;
            if (kind == ClaimKind.Mine)
            {
                // Entries of older stamps stay until least recently used: another period's may still be renewed.
                Evict();
            }

            return (kind, entry);
        }
    }

    private void Evict()
    {
        while (entries.Count > Capacity)
        {
            entries.Remove(entries.MinBy(e => e.Value.LastUse).Key);
        }
    }

    private enum ClaimKind
    {
        Use,
        Mine,
        WaitForEarlier,
        Uncached,
    }

    private sealed class Entry(DataStamp stamp, TaskCompletionSource<object> value)
    {
        /// <summary>The entry this one replaced, while it is being computed (an update starts from it).</summary>
        public Entry? Replaced { get; set; }

        public DataStamp Stamp { get; } = stamp;

        public TaskCompletionSource<object> Value { get; } = value;

        public long LastUse { get; set; }
    }
}
