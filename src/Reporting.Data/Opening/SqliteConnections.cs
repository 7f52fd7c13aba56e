using Microsoft.Data.Sqlite;

namespace Reporting.Data.Opening;

/// <summary>
/// Every SQLite connection the product opens, the context's and the extra read connections alike: one connection string
/// and one setup, so a read-only open never writes and every wait for another process's write is told and bounded.
/// </summary>
internal static class SqliteConnections
{
    public static string ConnectionString(DatabaseSettings settings) => new SqliteConnectionStringBuilder
    {
        // An immutable file is named by URI, the only way to pass SQLite that flag.
        DataSource = settings.Immutable ? new Uri(settings.FullPath).AbsoluteUri + "?immutable=1" : settings.Path,
        Mode = settings.ReadOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate,
        Pooling = false,

        // Microsoft.Data.Sqlite retries a busy statement on its own until this many seconds pass; the busy handler
        // below does the waiting (and the telling), so its retry only needs to outlast one handler call.
        DefaultTimeout = 1,
    }.ToString();

    /// <summary>A new connection, not yet open.</summary>
    public static SqliteConnection Create(DatabaseSettings settings) => new(ConnectionString(settings));

    /// <summary>Opens a connection of its own (for reads beside the context's) and sets it up.</summary>
    public static async Task<SqliteConnection> OpenAsync(DatabaseSettings settings, CancellationToken cancellationToken)
    {
        var connection = Create(settings);
        try
        {
            await connection.OpenAsync(cancellationToken);
            Configure(connection, settings);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Per-connection settings, right after it opens.</summary>
    public static void Configure(SqliteConnection connection, DatabaseSettings settings)
    {
        SqliteBusyWait.Install(connection, settings);
        using var command = connection.CreateCommand();

        // WAL lets readers go on while one process writes; it is kept in the file, so a reader need not (and on a
        // read-only file cannot) set it. query_only makes a read-only open refuse any write outright.
        command.CommandText = settings.ReadOnly
            ? "PRAGMA query_only=1; PRAGMA foreign_keys=ON;"
            : "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;";
        command.ExecuteNonQuery();
    }
}
