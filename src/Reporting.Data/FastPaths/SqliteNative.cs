using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Reporting.Data.FastPaths;

/// <summary>What <see cref="PreparedQuery"/> and <see cref="PreparedInsert"/> share: compiling on an open connection, and errors.</summary>
internal static class SqliteNative
{
    /// <summary>Compiles <paramref name="sql"/> on the connection's SQLite handle.</summary>
    public static (sqlite3 Handle, sqlite3_stmt Statement) Prepare(SqliteConnection connection, string sql)
    {
        var handle = connection.Handle ?? throw new InvalidOperationException("The connection is not open");
        Check(handle, raw.sqlite3_prepare_v2(handle, sql, out var statement));
        return (handle, statement);
    }

    /// <summary>Throws on a result that is neither OK nor DONE.</summary>
    public static void Check(sqlite3 connection, int result)
    {
        if (result != raw.SQLITE_OK && result != raw.SQLITE_DONE)
        {
            // The same exception Microsoft.Data.Sqlite raises, so callers see one kind of database error.
            throw new SqliteException(raw.sqlite3_errmsg(connection).utf8_to_string(), result, raw.sqlite3_extended_errcode(connection));
        }
    }
}
