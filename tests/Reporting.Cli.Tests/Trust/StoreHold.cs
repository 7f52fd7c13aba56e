using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Reporting.Cli.Tests.Trust;

/// <summary>
/// A connection of the test's own that can hold back every store, as another program's write would: SQLite's write lock
/// (BEGIN IMMEDIATE), or PostgreSQL's row of the submissions counter (FOR UPDATE), which a store updates last before its
/// commit. Stores wait meanwhile (SQLite's busy wait, 30 s by default) and go on once it is released. The connection is
/// opened first and also counts, so taking the hold right after a count costs no open.
/// </summary>
internal sealed class StoreHold(DbConnection connection) : IDisposable
{
    private bool held;

    public static StoreHold Open(string path) => new(TestConnections.Open(path));

    public long Count(string table) => (long)Run($"SELECT COUNT(*) FROM {table}")!;

    public void Take()
    {
        Run(connection is SqliteConnection ? "BEGIN IMMEDIATE" : "BEGIN; SELECT version FROM data_versions WHERE name = 'submissions' FOR UPDATE");
        held = true;
    }

    /// <summary>Rolls back what <see cref="Take"/> began (nothing was written): the waiting stores go on.</summary>
    public void Release()
    {
        if (held)
        {
            Run("ROLLBACK");
            held = false;
        }
    }

    public void Dispose()
    {
        using (connection)
        {
            Release();
        }
    }

    private object? Run(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
