using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Reporting.Core.Audit;
using Reporting.Core.Periods;
using Reporting.Data;
using Reporting.Data.Entities;
using Reporting.Data.Opening;

namespace Reporting.Workflows;

/// <summary>
/// The one way into a reporting database, for the command line and the portal alike: opened once (schema checked, or
/// upgraded when asked; catalog loaded), then a workspace per unit of work. Workspaces share its write gates
/// (<see cref="WriteGates"/>): on SQLite concurrent uploads of one process store one after another.
/// </summary>
public sealed class ReportingDatabase
{
    private LoadedCatalog catalog;

    private ReportingDatabase(DatabaseSettings settings, LoadedCatalog catalog, TimeProvider time)
    {
        Settings = settings;
        Gates = new WriteGates(storesAtOnce: settings.Location.IsPostgreSql);
        this.catalog = catalog;
        Time = time;
    }

    /// <summary>Figures computed once per state of the data and shared by every request of this process.</summary>
    public FigureCache Figures { get; } = new(FigureCache.DefaultCapacity);

    public DatabaseSettings Settings { get; }

    public TimeProvider Time { get; }

    /// <summary>"Today" and the times shown, in the time zone of the calendar as last loaded.</summary>
    public ProvinceClock Clock => new(Time, Catalog.Calendar);

    /// <summary>The catalog, agencies and calendar as last loaded; replaced whole when an admin changes them.</summary>
    public ProvinceCatalog Catalog => Volatile.Read(ref catalog).Catalog;

    internal WriteGates Gates { get; }

    /// <summary>The templates folder shipped next to the program.</summary>
    public static string DefaultTemplates => Path.Combine(AppContext.BaseDirectory, "templates");

    /// <summary>
    /// Opens the database as <paramref name="opening"/> allows: a read never writes (and refuses a database it cannot
    /// use as it is, saying which command fixes it), a write creates a missing database, an upgrade migrates.
    /// </summary>
    public static async Task<ReportingDatabase> OpenAsync(DatabaseOpening opening, CancellationToken cancellationToken = default)
    {
        var settings = new DatabaseSettings(opening.Location, opening.Access == DatabaseAccess.Read, opening.BusyTimeout, opening.Tell);
        var location = settings.Location;
        var exists = await DatabaseCreation.ExistsAsync(settings, cancellationToken);
        var access = opening.Access == DatabaseAccess.Write && !exists ? DatabaseAccess.Upgrade : opening.Access;
        if (access == DatabaseAccess.Read)
        {
            if (!exists)
            {
                throw new DatabaseUnavailableException($"There is no database at {location.Display}: create it with `reporting init --db {location.Argument}`.");
            }

            if (!location.IsPostgreSql)
            {
                settings = await DatabaseFile.ReadableAsync(settings, cancellationToken);
            }
        }
        else if (exists && !location.IsPostgreSql)
        {
            await DatabaseFile.EnsureWritableAsync(settings, cancellationToken);
        }

        await using var db = ReportingDbContext.Open(settings);
        var catalogs = new CatalogStore(db);
        if (access == DatabaseAccess.Upgrade)
        {
            await DatabaseCreation.CreateIfMissingAsync(db, cancellationToken);
            await DatabaseSchema.UpgradeAsync(db, opening.Tell, cancellationToken);
        }
        else
        {
            await DatabaseSchema.EnsureCurrentAsync(db, cancellationToken);
        }

        if (opening.ReloadTemplates || !await catalogs.HasCatalogAsync(cancellationToken))
        {
            if (access == DatabaseAccess.Read)
            {
                throw new DatabaseUnavailableException($"{location.Display} holds no indicator catalog: load one with `reporting init --db {location.Argument}`.");
            }

            var templates = opening.Templates ?? DefaultTemplates;
            await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
            {
                await LoadTemplatesAsync(catalogs, templates, opening.Time, cancellationToken);
                if (opening.Actor is { } actor)
                {
                    await new AuditLog(db).AppendAsync(
                        new AuditEntryEntity
                        {
                            At = opening.Time.GetUtcNow(),
                            Actor = actor.Name,
                            Origin = actor.Origin,
                            Action = AuditAction.CatalogChanged,
                            After = JsonSerializer.Serialize(new { templates = Path.GetFullPath(templates) }),
                        },
                        cancellationToken);
                }

                await transaction.CommitAsync(cancellationToken);
            }
        }

        // The stamp first: a change committed while loading makes the next workspace load again, never the reverse.
        var stamp = await new DataVersionStore(db).ReadAsync(cancellationToken);
        return new ReportingDatabase(settings, new LoadedCatalog(await catalogs.LoadAsync(cancellationToken), stamp.Catalog), opening.Time);
    }

    /// <summary>
    /// A workspace for one unit of work; dispose it when done. Its catalog is the database's as committed when it opens:
    /// a catalog changed by another process (or another portal over the same database) is read again first.
    /// </summary>
    public async Task<ReportingWorkspace> OpenWorkspaceAsync(CancellationToken cancellationToken = default)
    {
        var db = ReportingDbContext.Open(Settings);
        try
        {
            // One connection for the workspace's life: per-connection settings hold, and no reopen per query.
            await db.Database.OpenConnectionAsync(cancellationToken);
            var stamp = await new DataVersionStore(db).ReadAsync(cancellationToken);
            var loaded = Volatile.Read(ref catalog);
            if (loaded.Version != stamp.Catalog)
            {
                loaded = new LoadedCatalog(await new CatalogStore(db).LoadAsync(cancellationToken), stamp.Catalog);
                Volatile.Write(ref catalog, loaded);
            }

            return new ReportingWorkspace(this, db, loaded);
        }
        catch
        {
            await db.DisposeAsync();
            throw;
        }
    }

    /// <summary>Reads the catalog again after it was changed through <see cref="CatalogStore"/> (opening a workspace does).</summary>
    public async Task ReloadCatalogAsync(CancellationToken cancellationToken = default)
    {
        await using var workspace = await OpenWorkspaceAsync(cancellationToken);
    }

    /// <summary>Replaces the database's catalog and agency list with the templates folder's.</summary>
    private static async Task LoadTemplatesAsync(CatalogStore catalogs, string templatesDirectory, TimeProvider time, CancellationToken cancellationToken)
    {
        var indicators = await File.ReadAllTextAsync(Path.Combine(templatesDirectory, "indicators.json"), cancellationToken);
        var agencies = await File.ReadAllTextAsync(Path.Combine(templatesDirectory, "agencies.json"), cancellationToken);
        var calendarPath = Path.Combine(templatesDirectory, "calendar.json");
        var calendar = File.Exists(calendarPath) ? await File.ReadAllTextAsync(calendarPath, cancellationToken) : null;
        try
        {
            await catalogs.SaveAsync(indicators, agencies, calendar, time.GetUtcNow(), cancellationToken);
        }
        catch (FormatException e)
        {
            // The readers name the document (agencies.json, ...); the folder says which copy of it.
            throw new FormatException($"Templates in {Path.GetFullPath(templatesDirectory)}: {e.Message}", e);
        }
    }
}
