using Reporting.Data;

namespace Reporting.Workflows;

/// <summary>
/// Figures of the portal's busiest pages (a period's summary with its trend, a period's completeness) computed once per
/// state of the data and shared by every request and user of one process. An entry is used only while the database's
/// <see cref="DataStamp"/>, read on each request, is the one it was computed at: a stored submission or a catalog
/// change by any process makes it computed again, so a figure is never served stale. At most
/// <see cref="Capacity"/> entries are kept, the least recently used let go first; requests asking at once for the
/// same figure wait for one computation.
/// </summary>
public sealed class FigureCache(int capacity)
{
    /// <summary>Enough for the periods people look at on a report day (see the README for what an entry costs).</summary>
    public const int DefaultCapacity = 24;

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
    public async Task<T> GetOrComputeAsync<T>(FigureKey key, DataStamp stamp, bool cacheable, Func<Task<T>> compute)
        where T : class
    {
        if (!cacheable)
        {
            Interlocked.Increment(ref computed);
            return await compute();
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
                DropStale(stamp);
                Evict();
            }

            return (entry, mine);
        }
    }

    /// <summary>Entries of an older state of the data can never be used again: let them go at once.</summary>
    private void DropStale(DataStamp stamp)
    {
        foreach (var (key, entry) in entries.Where(e => e.Value.Stamp.Total < stamp.Total).ToList())
        {
            entries.Remove(key);
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
