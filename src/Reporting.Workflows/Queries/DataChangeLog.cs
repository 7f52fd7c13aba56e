using Reporting.Data;
using Reporting.Data.Entities;

namespace Reporting.Workflows.Queries;

/// <summary>
/// The <see cref="DataChanges"/> of one request, read on its workspace's connection: one query at a time (a context
/// takes no concurrent queries) and each range read once, however many kept figures ask.
/// </summary>
internal sealed class DataChangeLog(ReportingWorkspace workspace, CancellationToken cancellationToken)
{
    private readonly SemaphoreSlim oneAtATime = new(1, 1);
    private readonly Dictionary<(long After, long UpTo), IReadOnlyList<DataChange>?> read = [];

    public async Task<IReadOnlyList<DataChange>?> BetweenAsync(long after, long upTo)
    {
        await oneAtATime.WaitAsync(cancellationToken);
        try
        {
            if (!read.TryGetValue((after, upTo), out var changes))
            {
                changes = read[(after, upTo)] = await new DataVersionStore(workspace.Db).ChangesAsync(after, upTo, cancellationToken);
            }

            return changes;
        }
        finally
        {
            oneAtATime.Release();
        }
    }
}
