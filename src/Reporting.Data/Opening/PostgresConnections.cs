using System.Globalization;
using Npgsql;

namespace Reporting.Data.Opening;

/// <summary>
/// Every PostgreSQL connection the product opens: the guarantees the SQLite opening gives, asked of the server when the
/// session starts. A read-only open gets <c>default_transaction_read_only</c> (the server refuses any write), and every
/// wait for another session's lock is bounded by <c>lock_timeout</c> (the wait <c>--wait</c> allows; told by
/// <see cref="PostgresLockWaitNotice"/>).
/// </summary>
internal static class PostgresConnections
{
    public static string ConnectionString(DatabaseSettings settings) => Builder(settings).ConnectionString;

    public static NpgsqlConnectionStringBuilder Builder(DatabaseSettings settings)
    {
        var builder = new NpgsqlConnectionStringBuilder(settings.Location.Target);
        var options = string.Create(CultureInfo.InvariantCulture, $"-c lock_timeout={(long)settings.BusyTimeoutOrDefault.TotalMilliseconds}");
        if (settings.ReadOnly)
        {
            options += " -c default_transaction_read_only=on";
        }

        builder.Options = string.IsNullOrEmpty(builder.Options) ? options : builder.Options + " " + options;
        return builder;
    }

    /// <summary>Opens a connection of its own (an upgrade lock, a database check).</summary>
    public static async Task<NpgsqlConnection> OpenAsync(DatabaseSettings settings, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(ConnectionString(settings));
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
