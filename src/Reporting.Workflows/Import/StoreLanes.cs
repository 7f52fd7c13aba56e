using System.Collections.Concurrent;

namespace Reporting.Workflows.Import;

/// <summary>
/// The workspaces an import stores its files on, each a connection of its own: the importer's alone where stores go one at
/// a time (SQLite), more where stores of different agencies may run at once (PostgreSQL, <see cref="WriteGates"/>). There
/// a file's store spends most of its time waiting for the server's answers, and another lane's file is stored meanwhile.
/// </summary>
internal sealed class StoreLanes : IAsyncDisposable
{
    /// <summary>
    /// 1,000 files at 5,000 agencies, the server on the same two cores, alternated: one lane 4.2-5.0 s, three 3.1-3.8 s;
    /// four 3.6-4.1 s against three's 3.0-3.6 (see the README). Against a server across a network, where a round trip
    /// waits longer, lanes pay more.
    /// </summary>
    private const int AtOnce = 3;

    private readonly ConcurrentQueue<ReportingWorkspace> free = new();
    private readonly List<ReportingWorkspace> opened = [];

    private StoreLanes(int count) => Count = count;

    /// <summary>How many files may be stored at once.</summary>
    public int Count { get; }

    public static async Task<StoreLanes> OpenAsync(ReportingWorkspace workspace, int files, CancellationToken cancellationToken)
    {
        var lanes = new StoreLanes(workspace.Gates.StoresAtOnce ? Math.Clamp(files, 1, AtOnce) : 1);
        lanes.free.Enqueue(workspace);
        try
        {
            while (lanes.opened.Count < lanes.Count - 1)
            {
                var lane = await workspace.Database.OpenWorkspaceAsync(cancellationToken);
                lanes.opened.Add(lane);
                lanes.free.Enqueue(lane);
            }
        }
        catch
        {
            await lanes.DisposeAsync();
            throw;
        }

        return lanes;
    }

    /// <summary>A free lane: one always is while no more than <see cref="Count"/> files are stored at once.</summary>
    public ReportingWorkspace Take() =>
        free.TryDequeue(out var lane) ? lane : throw new InvalidOperationException("More files stored at once than there are lanes.");

    public void Return(ReportingWorkspace lane) => free.Enqueue(lane);

    public async ValueTask DisposeAsync()
    {
        foreach (var lane in opened)
        {
            await lane.DisposeAsync();
        }
    }
}
