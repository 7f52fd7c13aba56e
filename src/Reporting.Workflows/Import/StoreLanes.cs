using System.Collections.Concurrent;
using System.Data.Common;

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

    /// <summary>How many files may be stored at once.</summary>
    public int Count => opened.Count + 1;

    /// <summary>
    /// The importer's workspace and, where stores may run at once, up to <see cref="AtOnce"/> - 1 more: as many as the
    /// server lets the role connect (a role or database <c>CONNECTION LIMIT</c>, <c>max_connections</c>), down to the
    /// importer's own.
    /// </summary>
    public static async Task<StoreLanes> OpenAsync(ReportingWorkspace workspace, int files, CancellationToken cancellationToken)
    {
        var wanted = workspace.Gates.StoresAtOnce ? Math.Clamp(files, 1, AtOnce) : 1;
        var lanes = new StoreLanes();
        lanes.free.Enqueue(workspace);
        try
        {
            while (lanes.Count < wanted && await TryOpenAsync(workspace.Database, cancellationToken) is { } lane)
            {
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

    private static async Task<ReportingWorkspace?> TryOpenAsync(ReportingDatabase database, CancellationToken cancellationToken)
    {
        try
        {
            return await database.OpenWorkspaceAsync(cancellationToken);
        }
        catch (Exception e) when (e is DbException || e.InnerException is DbException)
        {
            // No more connections for this role or server: the lanes open so far store everything, one a connection.
            return null;
        }
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
