using System.Diagnostics;
using Npgsql;

namespace Reporting.Data.Opening;

/// <summary>
/// Makes an upgrade of a PostgreSQL database the only one running, as <see cref="SqliteUpgradeLock"/> does for a file:
/// a session advisory lock, which the server releases when the session ends, so a process stopped mid-upgrade leaves
/// nothing behind that could go stale. Waiting for another upgrade is told once and bounded by the busy timeout.
/// </summary>
internal sealed class PostgresUpgradeLock : IAsyncDisposable
{
    /// <summary>The advisory lock's key ("ReportUp" in ASCII), the same in every release.</summary>
    private const string TryLock = "SELECT pg_try_advisory_lock(5937275307721774448)";

    private readonly NpgsqlConnection connection;

    private PostgresUpgradeLock(NpgsqlConnection connection) => this.connection = connection;

    public static async Task<PostgresUpgradeLock> AcquireAsync(DatabaseSettings settings, Action<string>? tell, CancellationToken cancellationToken)
    {
        // A session of its own, not from the pool: closing it must end the session, and with it the lock.
        var builder = PostgresConnections.Builder(settings with { ReadOnly = false });
        builder.Pooling = false;
        var connection = new NpgsqlConnection(builder.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            var started = Stopwatch.GetTimestamp();
            var told = false;
            while (!await TryLockAsync(connection, cancellationToken))
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

            return new PostgresUpgradeLock(connection);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private static async Task<bool> TryLockAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(TryLock, connection);
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>Ending the session releases the lock.</summary>
    public async ValueTask DisposeAsync() => await connection.DisposeAsync();
}
