using Microsoft.EntityFrameworkCore;

namespace Reporting.Data.Opening;

/// <summary>
/// The schema check every open makes, and the upgrade only `reporting init` and the portal's start make: migrating takes
/// EF Core's migration lock, a row with no timeout on SQLite, so a process stopped while holding it would leave every
/// later open waiting forever. Opening therefore never migrates unless asked and a migration is actually pending, and
/// the upgrade runs under <see cref="SqliteUpgradeLock"/>, which clears a lock left behind (on PostgreSQL under
/// <see cref="PostgresUpgradeLock"/>, a session lock that cannot be left behind).
/// </summary>
public static class DatabaseSchema
{
    public static async Task<SchemaStatus> InspectAsync(DbContext db, CancellationToken cancellationToken = default) =>
        new(db.Database.GetMigrations().ToList(), await AppliedMigrations.ReadAsync(db, cancellationToken));

    /// <summary>Refuses a database written by a newer release: this build would misread or damage what it does not know.</summary>
    public static void EnsureNotNewer(SchemaStatus status, string location)
    {
        if (status.Unknown.Count > 0)
        {
            throw new DatabaseUnavailableException(
                $"{location} was written by a newer release of Reporting: its schema is {status.DatabaseVersion}, and this program knows schemas up to " +
                $"{status.BuildVersion}. Open it with that release or a later one; nothing was changed.");
        }
    }

    /// <summary>Refuses a database whose schema is behind this build, naming the command that upgrades it.</summary>
    public static void EnsureCurrent(SchemaStatus status, string location)
    {
        EnsureNotNewer(status, location);
        if (status.Pending.Count > 0)
        {
            throw new DatabaseUnavailableException(
                $"{location} was made by an earlier release: its schema is {status.DatabaseVersion}, and this program needs {status.BuildVersion}. " +
                $"Upgrade it with `reporting init --db {location}` (its data is kept); nothing was changed.");
        }
    }

    /// <summary>
    /// Refuses a reporting database that this build cannot use as it is: written by a newer release, or behind this
    /// build (migrations pending, or roll-ups a migration asked for not yet rebuilt, say after an upgrade was stopped).
    /// Reads only.
    /// </summary>
    public static async Task EnsureCurrentAsync(ReportingDbContext db, CancellationToken cancellationToken = default)
    {
        var status = await InspectAsync(db, cancellationToken);
        EnsureCurrent(status, db.Settings.FullPath);
        if (await new PeriodRollupStore(db).IsRebuildRequestedAsync(cancellationToken))
        {
            throw new DatabaseUnavailableException(
                $"{db.Settings.FullPath} was upgraded but its stored roll-ups were not rebuilt (the upgrade was stopped). " +
                $"Finish it with `reporting init --db {db.Settings.FullPath}`; nothing was changed.");
        }
    }

    /// <summary>
    /// Brings a reporting database up to this build: pending migrations under the upgrade lock, then the roll-ups a
    /// migration asked for. Takes no lock when nothing is pending.
    /// </summary>
    /// <returns>Whether migrations were applied.</returns>
    public static async Task<bool> UpgradeAsync(ReportingDbContext db, Action<string>? tell = null, CancellationToken cancellationToken = default)
    {
        var upgraded = await UpgradeAsync(db, db.Settings, tell, cancellationToken);
        await new PeriodRollupStore(db).RebuildIfRequestedAsync(cancellationToken);
        return upgraded;
    }

    /// <summary>
    /// Applies pending migrations of <paramref name="db"/> (the reporting context or another on the same database), under
    /// the upgrade lock; does nothing, and takes no lock, when none is pending.
    /// </summary>
    /// <param name="tell">Told what the upgrade waits for or cleared.</param>
    /// <returns>Whether migrations were applied.</returns>
    public static async Task<bool> UpgradeAsync(DbContext db, DatabaseSettings settings, Action<string>? tell, CancellationToken cancellationToken = default)
    {
        var status = await InspectAsync(db, cancellationToken);
        EnsureNotNewer(status, settings.FullPath);
        if (status.Pending.Count == 0)
        {
            return false;
        }

        await using IAsyncDisposable upgradeLock = settings.Location.IsPostgreSql
            ? await PostgresUpgradeLock.AcquireAsync(settings, tell, cancellationToken)
            : await SqliteUpgradeLock.AcquireAsync(db, settings, tell, cancellationToken);

        // Another process may have upgraded while this one waited for the lock.
        status = await InspectAsync(db, cancellationToken);
        EnsureNotNewer(status, settings.FullPath);
        if (status.Pending.Count == 0)
        {
            return false;
        }

        await db.Database.MigrateAsync(cancellationToken);
        return true;
    }
}
