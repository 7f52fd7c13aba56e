using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Reporting.Testing;

namespace Reporting.Benchmarks;

/// <summary>
/// One of the benchmark's databases on one provider: a SQLite file in the work folder, or a database named
/// <c>bench_NAME</c> on the PostgreSQL server of REPORTING_TEST_POSTGRES (scripts/postgres-test-cluster.sh starts one).
/// <see cref="Location"/> is what the product is given as <c>--db</c>.
/// </summary>
internal sealed record BenchmarkDatabase(StorageProvider Provider, string Name, string Location)
{
    public static BenchmarkDatabase Of(BenchmarkOptions options, StorageProvider provider, string name)
    {
        if (provider == StorageProvider.Sqlite)
        {
            return new BenchmarkDatabase(provider, name, Path.Combine(options.WorkDirectory, name + ".db"));
        }

        return new BenchmarkDatabase(provider, name, TestPostgres.LocationOf(DatabaseName(name)));
    }

    /// <summary>Whether it exists (a prepared work folder is reused only when its databases are all there).</summary>
    public bool Exists()
    {
        if (Provider == StorageProvider.Sqlite)
        {
            return File.Exists(Location);
        }

        using var admin = TestPostgres.OpenAdminAsync().GetAwaiter().GetResult();
        using var command = new NpgsqlCommand("SELECT count(*) FROM pg_database WHERE datname = @name", admin);
        command.Parameters.AddWithValue("name", DatabaseName(Name));
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture) == 1;
    }

    public void Delete()
    {
        if (Provider == StorageProvider.Sqlite)
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { Location, Location + "-wal", Location + "-shm" })
            {
                File.Delete(file);
            }

            return;
        }

        NpgsqlConnection.ClearAllPools();
        using var admin = TestPostgres.OpenAdminAsync().GetAwaiter().GetResult();
        using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{DatabaseName(Name)}\" WITH (FORCE)", admin);
        drop.ExecuteNonQuery();
    }

    /// <summary>Every period's kept figures forgotten, as in a database no summary, report or portal ran on.</summary>
    public async Task ForgetKeptFiguresAsync()
    {
        await using var db = Reporting.Data.ReportingDbContext.Open(new Reporting.Data.Opening.DatabaseSettings(Location));
        await db.StoredShareBuckets.ExecuteDeleteAsync();
        await db.StoredAggregates.ExecuteDeleteAsync();
    }

    /// <summary>A copy under another name (the load phase writes to a copy): the file, or the server's template copy.</summary>
    public BenchmarkDatabase CopyTo(BenchmarkOptions options, string name)
    {
        var copy = Of(options, Provider, name);
        copy.Delete();
        if (Provider == StorageProvider.Sqlite)
        {
            File.Copy(Location, copy.Location);
            return copy;
        }

        NpgsqlConnection.ClearAllPools();
        using var admin = TestPostgres.OpenAdminAsync().GetAwaiter().GetResult();
        using var create = new NpgsqlCommand($"CREATE DATABASE \"{DatabaseName(name)}\" TEMPLATE \"{DatabaseName(Name)}\"", admin);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                create.ExecuteNonQuery();
                return copy;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.ObjectInUse && attempt < CopyAttempts)
            {
                // A template must have no other session. Once, in a full run, the load phase's copy found one that had
                // gone a moment later: say who it was, and try again.
                Console.Error.WriteLine($"    {this} is in use ({SessionsOn(admin)}); copying again in 2 s");
                Thread.Sleep(TimeSpan.FromSeconds(2));
            }
        }
    }

    private const int CopyAttempts = 5;

    private string SessionsOn(NpgsqlConnection admin)
    {
        using var command = new NpgsqlCommand(
            "SELECT string_agg(concat_ws(' ', backend_type, application_name, state, left(query, 80)), '; ') FROM pg_stat_activity WHERE datname = @name",
            admin);
        command.Parameters.AddWithValue("name", DatabaseName(Name));
        return command.ExecuteScalar() as string ?? "no session left";
    }

    /// <summary>A plain connection (the hand-written GROUP BY, counts); parameters are written @name on both.</summary>
    public DbConnection Open()
    {
        DbConnection connection = Provider == StorageProvider.Sqlite
            ? new SqliteConnection($"Data Source={Location};Pooling=False")
            : new NpgsqlConnection(new NpgsqlConnectionStringBuilder(TestPostgres.AdminConnectionString) { Database = DatabaseName(Name), Pooling = false }.ConnectionString);
        connection.Open();
        return connection;
    }

    /// <summary>The size on disk, in MB.</summary>
    public double Megabytes()
    {
        if (Provider == StorageProvider.Sqlite)
        {
            return new FileInfo(Location).Length / 1e6;
        }

        using var admin = TestPostgres.OpenAdminAsync().GetAwaiter().GetResult();
        using var command = new NpgsqlCommand("SELECT pg_database_size(@name)", admin);
        command.Parameters.AddWithValue("name", DatabaseName(Name));
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture) / 1e6;
    }

    public override string ToString() => Provider == StorageProvider.Sqlite ? Location : $"PostgreSQL database {DatabaseName(Name)}";

    private static string DatabaseName(string name) => "bench_" + name.Replace('-', '_');
}
