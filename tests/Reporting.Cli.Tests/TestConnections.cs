using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using Reporting.Data.Opening;

namespace Reporting.Cli.Tests;

/// <summary>A connection to a <c>--db</c> value of either provider, as another program would open it to check it.</summary>
public static class TestConnections
{
    /// <summary>Opened read-only (a SQLite file unpooled, so nothing holds it afterwards).</summary>
    public static DbConnection OpenReadOnly(string location) => Open(location, readOnly: true);

    /// <summary>
    /// A SQLite file on a read-only mount, read as the product reads it there: immutable (SQLite cannot place its
    /// shared-memory index beside it, so a plain read-only open fails).
    /// </summary>
    public static DbConnection OpenOnReadOnlyMount(string location) =>
        Open(new SqliteConnectionStringBuilder(new DatabaseSettings(location, ReadOnly: true, Immutable: true).ConnectionString) { Pooling = false }.ConnectionString);

    public static DbConnection Open(string location, bool readOnly = false)
    {
        var settings = new DatabaseSettings(location, ReadOnly: readOnly);
        return settings.Location.IsPostgreSql
            ? Open(new NpgsqlConnection(new NpgsqlConnectionStringBuilder(settings.ConnectionString) { Pooling = false }.ConnectionString))
            : Open($"Data Source={location};{(readOnly ? "Mode=ReadOnly;" : "")}Pooling=False");
    }

    private static DbConnection Open(string sqliteConnectionString) => Open(new SqliteConnection(sqliteConnectionString));

    private static DbConnection Open(DbConnection connection)
    {
        connection.Open();
        return connection;
    }
}
