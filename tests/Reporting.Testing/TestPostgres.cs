using Npgsql;

namespace Reporting.Testing;

/// <summary>
/// The PostgreSQL server the tests create their databases on: the admin connection string in REPORTING_TEST_POSTGRES,
/// which scripts/postgres-test-cluster.sh sets for a throwaway cluster (or you set for a server of your own).
/// </summary>
public static class TestPostgres
{
    public const string Variable = "REPORTING_TEST_POSTGRES";

    /// <summary>Set by the cluster script when it could not give a server, saying why.</summary>
    public const string UnavailableVariable = "REPORTING_TEST_POSTGRES_UNAVAILABLE";

    private static readonly Lazy<string?> Probe = new(ProbeServer);

    /// <summary>Why no PostgreSQL test can run here; null when the server answers.</summary>
    public static string? Unavailable => Probe.Value;

    /// <summary>The admin connection string (a superuser or a role that may create databases).</summary>
    public static string AdminConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } admin
            ? admin
            : throw new InvalidOperationException($"PostgreSQL not available: {Unavailable}");

    /// <summary>The <c>--db</c> URI of <paramref name="database"/> on the test server, as a user would write it.</summary>
    public static string LocationOf(string database)
    {
        var server = new NpgsqlConnectionStringBuilder(AdminConnectionString);
        return string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"postgresql://{Uri.EscapeDataString(server.Username ?? "postgres")}:{Uri.EscapeDataString(server.Password ?? string.Empty)}@{server.Host}:{server.Port}/{database}");
    }

    /// <summary>An unpooled admin connection (creating and dropping databases), open.</summary>
    public static async Task<NpgsqlConnection> OpenAdminAsync()
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(AdminConnectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    private static string? ProbeServer()
    {
        if (Environment.GetEnvironmentVariable(Variable) is not { Length: > 0 } admin)
        {
            return Environment.GetEnvironmentVariable(UnavailableVariable) is { Length: > 0 } why
                ? why
                : $"{Variable} is not set (./scripts/test.sh starts a throwaway cluster and sets it)";
        }

        try
        {
            var builder = new NpgsqlConnectionStringBuilder(admin) { Timeout = 10 };
            using var connection = new NpgsqlConnection(builder.ConnectionString);
            connection.Open();
            using var command = new NpgsqlCommand("SELECT 1", connection);
            command.ExecuteScalar();
            return null;
        }
        catch (Exception e) when (e is NpgsqlException or ArgumentException or TimeoutException or InvalidOperationException)
        {
            return $"the server in {Variable} does not answer ({e.Message})";
        }
    }
}
