using Microsoft.EntityFrameworkCore;
using Reporting.Core.Agencies;
using Reporting.Core.Catalog;
using Reporting.Core.Periods;
using Reporting.Data;

namespace Reporting.Workflows;

/// <summary>
/// An open reporting database with its catalog loaded. Opening creates and migrates the database, and loads the
/// catalog and agency list from the templates folder when the database has none yet.
/// </summary>
public sealed class ReportingWorkspace : IAsyncDisposable
{
    private ReportingWorkspace(ReportingDbContext db, ProvinceCatalog catalog, TimeProvider time, SemaphoreSlim storeGate)
    {
        Db = db;
        StoreGate = storeGate;
        Catalog = catalog.Indicators;
        Agencies = catalog.Agencies;
        Calendar = catalog.Calendar;
        Time = time;
        Clock = new ProvinceClock(time, catalog.Calendar);
        Submissions = new SubmissionStore(db);
    }

    public ReportingDbContext Db { get; }

    public IndicatorCatalog Catalog { get; }

    public AgencyDirectory Agencies { get; }

    public SubmissionStore Submissions { get; }

    /// <summary>Period boundaries and deadlines from templates/calendar.json.</summary>
    public PeriodCalendar Calendar { get; }

    public TimeProvider Time { get; }

    /// <summary>"Today" and the times shown, in the calendar's time zone.</summary>
    public ProvinceClock Clock { get; }

    /// <summary>
    /// Held while a submission is stored. Workspaces of one <see cref="ReportingDatabase"/> share it, so concurrent
    /// uploads store one after another and the second of two identical files finds the first.
    /// </summary>
    internal SemaphoreSlim StoreGate { get; }

    /// <summary>The templates folder shipped next to the program.</summary>
    public static string DefaultTemplates => Path.Combine(AppContext.BaseDirectory, "templates");

    /// <param name="reloadTemplates">Replace the catalog the database holds with the templates folder's (`reporting init`).</param>
    public static async Task<ReportingWorkspace> OpenAsync(string databasePath, string? templatesDirectory = null, TimeProvider? time = null, bool reloadTemplates = false, CancellationToken cancellationToken = default)
    {
        time ??= TimeProvider.System;
        var directory = Path.GetDirectoryName(Path.GetFullPath(databasePath));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        var db = await ConnectAsync(databasePath, cancellationToken);
        try
        {
            var catalogs = new CatalogStore(db);
            await catalogs.MigrateAsync(cancellationToken);
            if (reloadTemplates || !await catalogs.HasCatalogAsync(cancellationToken))
            {
                await LoadTemplatesAsync(catalogs, templatesDirectory ?? DefaultTemplates, time, cancellationToken);
            }

            return new ReportingWorkspace(db, await catalogs.LoadAsync(cancellationToken), time, new SemaphoreSlim(1, 1));
        }
        catch
        {
            await db.DisposeAsync();
            throw;
        }
    }

    /// <summary>A workspace over a database already migrated, with its catalog already loaded (see <see cref="ReportingDatabase"/>).</summary>
    internal static async Task<ReportingWorkspace> OpenMigratedAsync(string databasePath, ProvinceCatalog catalog, TimeProvider time, SemaphoreSlim storeGate, CancellationToken cancellationToken)
    {
        var db = await ConnectAsync(databasePath, cancellationToken);
        return new ReportingWorkspace(db, catalog, time, storeGate);
    }

    private static async Task<ReportingDbContext> ConnectAsync(string databasePath, CancellationToken cancellationToken)
    {
        var db = ReportingDbContext.OpenSqlite(databasePath);
        try
        {
            // One connection for the workspace's life: per-connection settings hold, and no reopen per query.
            // busy_timeout: another process (the CLI beside the portal) may be writing; wait for it instead of failing.
            await db.Database.OpenConnectionAsync(cancellationToken);
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=15000;", cancellationToken);
            return db;
        }
        catch
        {
            await db.DisposeAsync();
            throw;
        }
    }

    /// <summary>Replaces the database's catalog and agency list with the templates folder's.</summary>
    private static async Task LoadTemplatesAsync(CatalogStore catalogs, string templatesDirectory, TimeProvider time, CancellationToken cancellationToken = default)
    {
        var indicators = await File.ReadAllTextAsync(Path.Combine(templatesDirectory, "indicators.json"), cancellationToken);
        var agencies = await File.ReadAllTextAsync(Path.Combine(templatesDirectory, "agencies.json"), cancellationToken);
        var calendarPath = Path.Combine(templatesDirectory, "calendar.json");
        var calendar = File.Exists(calendarPath) ? await File.ReadAllTextAsync(calendarPath, cancellationToken) : null;
        await catalogs.SaveAsync(indicators, agencies, calendar, time.GetUtcNow(), cancellationToken);
    }

    public ValueTask DisposeAsync() => Db.DisposeAsync();
}
