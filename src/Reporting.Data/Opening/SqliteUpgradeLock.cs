using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace Reporting.Data.Opening;

/// <summary>
/// Held while a SQLite database is upgraded: an exclusive lock on a file beside it (<c>reporting.db-upgrade.lock</c>),
/// which the operating system releases when its process ends, however it ends. So whoever holds it knows that no
/// upgrade is running, and that a row left in EF Core's <c>__EFMigrationsLock</c> belongs to a process that was stopped
/// mid-upgrade: the row is cleared (and said so), never waited on.
/// </summary>
internal sealed class SqliteUpgradeLock : IAsyncDisposable
{
    private const string EfLockTable = "__EFMigrationsLock";

    private readonly FileStream file;

    private SqliteUpgradeLock(FileStream file) => this.file = file;

    public static async Task<SqliteUpgradeLock> AcquireAsync(DbContext db, DatabaseSettings settings, Action<string>? tell, CancellationToken cancellationToken)
    {
        var path = settings.FullPath + "-upgrade.lock";
        var started = Stopwatch.GetTimestamp();
        var told = false;
        while (true)
        {
            try
            {
                // FileShare.None is an exclusive flock on Linux: released by the kernel when the process dies.
                var file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                var held = new SqliteUpgradeLock(file);
                try
                {
                    await ClearStaleLockAsync(db, settings, tell, cancellationToken);
                    return held;
                }
                catch
                {
                    await held.DisposeAsync();
                    throw;
                }
            }
            catch (IOException) when (File.Exists(path))
            {
                if (Stopwatch.GetElapsedTime(started) >= settings.BusyTimeoutOrDefault)
                {
                    throw new DatabaseUnavailableException(
                        $"Gave up after {settings.BusyTimeoutOrDefault.TotalSeconds:0} s waiting for another process that is upgrading {settings.FullPath}; try again when it has finished. Nothing was changed.");
                }

                if (!told)
                {
                    tell?.Invoke($"Waiting for another process that is upgrading {settings.FullPath}...");
                    told = true;
                }

                await Task.Delay(100, cancellationToken);
            }
        }
    }

    private static async Task ClearStaleLockAsync(DbContext db, DatabaseSettings settings, Action<string>? tell, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
        }

        try
        {
            await using var exists = connection.CreateCommand();
            exists.CommandText = $"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '{EfLockTable}'";
            if (Convert.ToInt64(await exists.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) == 0)
            {
                return;
            }

            await using var select = connection.CreateCommand();
            select.CommandText = $"SELECT \"Timestamp\" FROM \"{EfLockTable}\"";
            var since = await select.ExecuteScalarAsync(cancellationToken);
            if (since is null)
            {
                return;
            }

            await using var delete = connection.CreateCommand();
            delete.CommandText = $"DELETE FROM \"{EfLockTable}\"";
            await delete.ExecuteNonQueryAsync(cancellationToken);
            tell?.Invoke($"Cleared a stale upgrade lock on {settings.FullPath}, left at {since} by a process that was stopped while upgrading it.");
        }
        finally
        {
            if (opened)
            {
                await db.Database.CloseConnectionAsync();
            }
        }
    }

    public async ValueTask DisposeAsync() => await file.DisposeAsync();
}
