using Reporting.Core.Periods;
using Reporting.Data;

namespace Reporting.Workflows;

/// <summary>
/// One database for a long-running host (the portal): migrated and its catalog loaded once, then a light workspace
/// per request. Workspaces share one store gate, so concurrent uploads store one after another.
/// </summary>
public sealed class ReportingDatabase
{
    private readonly SemaphoreSlim storeGate = new(1, 1);
    private ProvinceCatalog catalog;

    private ReportingDatabase(string path, ProvinceCatalog catalog, TimeProvider time)
    {
        Path = path;
        this.catalog = catalog;
        Time = time;
    }

    public string Path { get; }

    public TimeProvider Time { get; }

    /// <summary>"Today" and the times shown, in the time zone of the calendar as last loaded.</summary>
    public ProvinceClock Clock => new(Time, Catalog.Calendar);

    /// <summary>The catalog, agencies and calendar as last loaded; replaced whole when an admin changes them.</summary>
    public ProvinceCatalog Catalog => Volatile.Read(ref catalog);

    /// <summary>Creates or migrates the database and loads its catalog (from the templates folder when it has none).</summary>
    public static async Task<ReportingDatabase> OpenAsync(string path, string? templatesDirectory = null, TimeProvider? time = null, CancellationToken cancellationToken = default)
    {
        time ??= TimeProvider.System;
        await using var workspace = await ReportingWorkspace.OpenAsync(path, templatesDirectory, time, cancellationToken: cancellationToken);
        var loaded = new ProvinceCatalog(workspace.Catalog, workspace.Agencies, workspace.Calendar);
        return new ReportingDatabase(path, loaded, time);
    }

    /// <summary>A workspace for one unit of work; dispose it when done.</summary>
    public Task<ReportingWorkspace> OpenWorkspaceAsync(CancellationToken cancellationToken = default) =>
        ReportingWorkspace.OpenMigratedAsync(Path, Catalog, Time, storeGate, cancellationToken);

    /// <summary>Reads the catalog again after it was changed through <see cref="CatalogStore"/>.</summary>
    public async Task ReloadCatalogAsync(CancellationToken cancellationToken = default)
    {
        await using var workspace = await OpenWorkspaceAsync(cancellationToken);
        Volatile.Write(ref catalog, await new CatalogStore(workspace.Db).LoadAsync(cancellationToken));
    }
}
