using System.Collections.Concurrent;

namespace Reporting.Workflows;

/// <summary>
/// Who waits for whom inside one process before writing. SQLite has one writer: stores, reviews, issues and reopenings go
/// one at a time. PostgreSQL orders writers itself (a store holds an advisory lock on its agency and the year's shared
/// lock, which an issue takes alone; the data counter's row lock orders the commits), as it does between processes, so
/// there stores of different agencies run at once and only one agency's stores wait for each other here: the second of
/// two identical files still finds the first, without holding a connection while it waits.
/// </summary>
internal sealed class WriteGates(bool storesAtOnce)
{
    private readonly SemaphoreSlim one = new(1, 1);
    private readonly ConcurrentDictionary<string, SemaphoreSlim> agencies = new(StringComparer.Ordinal);

    /// <summary>Whether stores of different agencies may run at once (each on a connection of its own).</summary>
    public bool StoresAtOnce => storesAtOnce;

    /// <summary>Entered to store a file of <paramref name="agencyCode"/>.</summary>
    public Task<Passage> StoreAsync(string agencyCode, CancellationToken cancellationToken) =>
        EnterAsync(storesAtOnce ? agencies.GetOrAdd(agencyCode, _ => new SemaphoreSlim(1, 1)) : one, cancellationToken);

    /// <summary>Entered for the reporting cycle's writes: a review, an issue, a reopening.</summary>
    public Task<Passage> CycleAsync(CancellationToken cancellationToken) => EnterAsync(one, cancellationToken);

    private static async Task<Passage> EnterAsync(SemaphoreSlim gate, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        return new Passage(gate);
    }

    /// <summary>Held until disposed.</summary>
    public readonly struct Passage(SemaphoreSlim gate) : IDisposable
    {
        public void Dispose() => gate.Release();
    }
}
