using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Reporting.Workflows.Tests.Figures;

/// <summary>A fresh database for one test: a SQLite file, or a database on the PostgreSQL server in REPORTING_TEST_POSTGRES.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "REPORTING_TEST_POSTGRES";

    private readonly string folder = Directory.CreateTempSubdirectory("reporting-figures-").FullName;
    private readonly string? postgresName;

    private TestDatabase(bool postgres)
    {
        if (postgres)
        {
            var admin = new NpgsqlConnectionStringBuilder(PostgresAdmin ?? throw new InvalidOperationException(PostgresVariable + " is not set"));
            postgresName = "reporting_h17_" + Guid.NewGuid().ToString("N")[..12];
            Location = string.Create(CultureInfo.InvariantCulture, $"postgresql://{Uri.EscapeDataString(admin.Username!)}:{Uri.EscapeDataString(admin.Password ?? string.Empty)}@{admin.Host}:{admin.Port}/{postgresName}");
        }
        else
        {
            Location = Path.Combine(folder, "reporting.db");
        }
    }

    public static string? PostgresAdmin => Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } admin ? admin : null;

    /// <summary>The <c>--db</c> value (a path or a postgresql:// URI); opening it with Upgrade creates it.</summary>
    public string Location { get; }

    /// <summary>A folder for the test's files, deleted with the database.</summary>
    public string Folder => folder;

    public static TestDatabase Create(bool postgres) => new(postgres);

    public async ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        if (postgresName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(PostgresAdmin) { Database = "postgres", Pooling = false }.ConnectionString);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{postgresName}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }

        Directory.Delete(folder, recursive: true);
    }
}
