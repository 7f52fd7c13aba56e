using Reporting.Data;
using Reporting.Data.Entities;

namespace Reporting.Workflows.Queries;

/// <summary>
/// A figure from the process's <see cref="FigureCache"/> at the database's stamp read now (a file stored a moment ago,
/// by any process, is in it): kept across submissions of other months, updated by <paramref name="update"/> from those
/// of its own when given, and computed without being kept when the workspace's catalog is older than the stamp.
/// </summary>
internal static class KeptFigure
{
    public static async Task<T> OfAsync<T>(
        ReportingWorkspace workspace, FigureKey key, Func<Task<T>> compute, Func<T, IReadOnlyList<DataChange>, Task<T>>? update, CancellationToken cancellationToken)
        where T : class
    {
        var stamp = await new DataVersionStore(workspace.Db).ReadAsync(cancellationToken);
        return await workspace.Database.Figures.GetOrComputeAsync(
            key, stamp, stamp.Catalog == workspace.CatalogVersion, compute, new DataChangeLog(workspace, cancellationToken).BetweenAsync, update);
    }
}
