using Reporting.Data;

namespace Reporting.Workflows;

/// <summary>
/// Figures of the portal's busiest pages (a period's aggregates, summary and trend, a period's completeness) computed
/// once per state of the data and shared by every request and user of one process. An entry is used only while the
/// database's <see cref="DataStamp"/>, read on each request, is the one it was computed at, or when every write since
/// stored a submission of other months than the figure's (<c>data_changes</c> says which): a submission of its months
/// or a catalog change by any process makes it computed again, so a figure is never served stale. At most
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
    /// The figure kept for <paramref name="key"/> at <paramref name="stamp"/>, else computes it with
    /// <paramref name="compute"/> (once for every request waiting on it) and keeps it.
    /// </summary>
    /// <param name="cacheable">False when the caller's catalog is older than the stamp: computed, not kept.</param>
    /// <param name="changes">
    /// The months changed between two values of the submissions counter (null when unknown), to keep a figure across
    /// submissions of other months; without it a figure is kept at one stamp only.
    /// </param>
    public async Task<T> GetOrComputeAsync<T>(FigureKey key, DataStamp stamp, bool cacheable, Func<Task<T>> compute, DataChanges? changes = null)
        where T : class
    {
        if (!cacheable)
        {
            Interlocked.Increment(ref computed);
            return await compute();
        }

        if (changes is not null && Renewable(key, stamp) is { } kept
            && await changes(kept.Stamp.Submissions, stamp.Submissions) is { } since && !since.Any(key.IsTouchedBy)
            && Renew(key, kept, stamp))
        {
            return (T)await kept.Value.Task;
        }

        for (var attempt = 0; ; attempt++)
        {
            var (entry, mine) = Claim(key, stamp);
            if (entry is null)
            {
                Interlocked.Increment(ref computed);
                return await compute();
            }

            if (mine)
            {
                Interlocked.Increment(ref computed);
                try
                {
                    var value = await compute();
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
            }

            try
            {
                return (T)await entry.Value.Task;
            }
            catch (Exception) when (attempt == 0)
            {
                // Another request's computation failed (it was cancelled, say): compute it for this one.
            }
        }
    }

    /// <summary>An entry computed at an earlier stamp that only stored submissions since: kept if none is of its months.</summary>
    private Entry? Renewable(FigureKey key, DataStamp stamp)
    {
        lock (gate)
        {
            return entries.TryGetValue(key, out var entry) && entry.Stamp.Total < stamp.Total
                && entry.Value.Task.IsCompletedSuccessfully && stamp.OnlySubmissionsSince(entry.Stamp)
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
    /// The entry to wait for, or a new one this request computes (<c>mine</c>); null when the figure is to be computed
    /// and not kept: this request read the stamp before a write another request has already seen.
    /// </summary>
    private (Entry? Entry, bool Mine) Claim(FigureKey key, DataStamp stamp)
    {
        lock (gate)
        {
            if (entries.TryGetValue(key, out var entry) && entry.Stamp.Total > stamp.Total)
            {
                return (null, false);
            }

            var mine = entry is null || entry.Stamp != stamp;
            if (entry is null || mine)
            {
                entry = new Entry(stamp, new TaskCompletionSource<object>(TaskCreationOptions.RunContinuationsAsynchronously));
                entries[key] = entry;
            }

            // Used now, before evicting, so that the entry just made is never the one let go.
            entry.LastUse = ++lastUse;
            if (mine)
            {
                // Entries of older stamps stay until least recently used: another period's may still be renewed.
                Evict();
            }

            return (entry, mine);
        }
    }

    private void Evict()
    {
        while (entries.Count > Capacity)
        {
            entries.Remove(entries.MinBy(e => e.Value.LastUse).Key);
        }
    }

    private sealed class Entry(DataStamp stamp, TaskCompletionSource<object> value)
    {
        public DataStamp Stamp { get; } = stamp;

        public TaskCompletionSource<object> Value { get; } = value;

        public long LastUse { get; set; }
    }
}
