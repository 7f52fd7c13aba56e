using System.Globalization;
using Npgsql;

namespace Reporting.Data.Tests.Postgres;

/// <summary>The test server, and a fresh database on it per test (dropped on dispose, its sessions ended).</summary>
public sealed class PostgresServer : IAsyncDisposable
{
    public const string Variable = "REPORTING_TEST_POSTGRES";

    private PostgresServer(string name, string location)
    {
        Name = name;
        Location = location;
    }

    public static string? AdminConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } admin ? admin : null;

    /// <summary>The database's name (not yet created: opening it with Upgrade creates it).</summary>
    public string Name { get; }

    /// <summary>The <c>--db</c> value for it: a postgresql:// URI with the admin role.</summary>
    public string Location { get; }

    /// <summary>A database name nobody uses, and its URI.</summary>
    public static PostgresServer NewDatabase()
    {
        var admin = Admin();
        var name = "reporting_h16_" + Guid.NewGuid().ToString("N")[..12];
        return new PostgresServer(name, UriOf(admin.Username!, admin.Password ?? string.Empty, name));
    }

    /// <summary>The URI of <paramref name="database"/> on the test server for another role.</summary>
    public static string UriOf(string user, string password, string database)
    {
        var admin = Admin();
        return string.Create(CultureInfo.InvariantCulture, $"postgresql://{Uri.EscapeDataString(user)}:{Uri.EscapeDataString(password)}@{admin.Host}:{admin.Port}/{database}");
    }

    /// <summary>Runs SQL as the admin, on this database (or the maintenance one).</summary>
    public async Task<object?> ScalarAsync(string sql, bool onMaintenance = false)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = onMaintenance ? "postgres" : Name, Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    /// <summary>An admin session of its own on this database, open (a lock holder, a concurrent writer).</summary>
    public async Task<NpgsqlConnection> OpenSessionAsync()
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = Name, Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ScalarAsync($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", onMaintenance: true);
    }

    private static NpgsqlConnectionStringBuilder Admin() => new(AdminConnectionString ?? throw new InvalidOperationException($"{Variable} is not set"));
}
