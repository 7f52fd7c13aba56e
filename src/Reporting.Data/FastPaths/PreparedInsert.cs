using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Reporting.Data.FastPaths;

/// <summary>
/// An INSERT (or another statement that returns no rows) compiled once and run for many rows through SQLite's own API,
/// its values bound by position: Microsoft.Data.Sqlite looks each parameter up by name (converting the name to UTF-8)
/// on every execution, which was most of the time a submission's roll-ups took to store. Runs on the context's open
/// connection, so inside its transaction when there is one.
/// </summary>
internal sealed class PreparedInsert : IDisposable
{
    private readonly sqlite3 connection;
    private readonly sqlite3_stmt statement;

    private PreparedInsert(sqlite3 connection, sqlite3_stmt statement) => (this.connection, this.statement) = (connection, statement);

    public static PreparedInsert Create(SqliteConnection connection, string sql)
    {
        var (handle, statement) = SqliteNative.Prepare(connection, sql);
        return new PreparedInsert(handle, statement);
    }

    /// <summary>Binds parameter <paramref name="position"/> (from 1).</summary>
    public PreparedInsert Bind(int position, long value)
    {
        Check(connection, raw.sqlite3_bind_int64(statement, position, value));
        return this;
    }

    /// <inheritdoc cref="Bind(int, long)"/>
    public PreparedInsert Bind(int position, string? value)
    {
        Check(connection, value is null ? raw.sqlite3_bind_null(statement, position) : raw.sqlite3_bind_text(statement, position, value));
        return this;
    }

    /// <inheritdoc cref="Bind(int, long)"/>
    public PreparedInsert Bind(int position, long? value) => value is { } v ? Bind(position, v) : Bind(position, (string?)null);

    /// <summary>Inserts the row bound, then clears the bindings for the next.</summary>
    public void Run()
    {
        var result = raw.sqlite3_step(statement);
        raw.sqlite3_reset(statement);
        raw.sqlite3_clear_bindings(statement);
        if (result != raw.SQLITE_DONE)
        {
            Check(connection, result);
        }
    }

    public void Dispose() => statement.Dispose();

    private static void Check(sqlite3 connection, int result) => SqliteNative.Check(connection, result);
}
