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

    public static DbConnection Open(string location, bool readOnly = false)
    {
        var settings = new DatabaseSettings(location, ReadOnly: readOnly);
        DbConnection connection = settings.Location.IsPostgreSql
            ? new NpgsqlConnection(new NpgsqlConnectionStringBuilder(settings.ConnectionString) { Pooling = false }.ConnectionString)
            : new SqliteConnection($"Data Source={location};{(readOnly ? "Mode=ReadOnly;" : "")}Pooling=False");
        connection.Open();
        return connection;
    }
}
