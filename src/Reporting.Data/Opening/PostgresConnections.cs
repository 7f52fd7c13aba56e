using System.Globalization;
using Npgsql;

namespace Reporting.Data.Opening;

/// <summary>
/// Every PostgreSQL connection the product opens: the guarantees the SQLite opening gives, asked of the server when the
/// session starts. A read-only open gets <c>default_transaction_read_only</c> (the server refuses any write), and every
/// wait for another session's lock is bounded by <c>lock_timeout</c> (the wait <c>--wait</c> allows; told by
/// <see cref="PostgresLockWaitNotice"/>). JIT compilation is off unless the connection string's own <c>Options</c> turn
/// it on: the product's statements are short (a store, a period's roll-ups), and compiling them cost more than it saved
/// (the ten-year H1 summary 1.08-1.37 s without, 1.29-1.62 s with, alternated; README, "PostgreSQL without JIT").
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

        // The server takes the last of a setting given twice: the operator's own options override the default before
        // them, and the guarantees after them override those.
        builder.Options = string.Join(' ', new[] { JitOff, builder.Options, options }.Where(o => !string.IsNullOrEmpty(o)));
        return builder;
    }

    private const string JitOff = "-c jit=off";

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
