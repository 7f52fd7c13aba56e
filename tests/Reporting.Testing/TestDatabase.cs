using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Reporting.Testing;

/// <summary>
/// A fresh, empty database for one test, on either provider, removed afterwards: a SQLite file in a folder of its own,
/// or a database with a unique name on the PostgreSQL test cluster (dropped on dispose, its connections ended).
/// <see cref="Location"/> is what a user passes as <c>--db</c> (and a host as <c>DatabaseOpening.Location</c>).
/// </summary>
public sealed class TestDatabase : IAsyncDisposable, IDisposable
{
    private readonly string? folder;
    private readonly string? name;
    private bool disposed;

    private TestDatabase(StorageProvider provider, string location, string connectionString, string? folder, string? name)
    {
        Provider = provider;
        Location = location;
        ConnectionString = connectionString;
        this.folder = folder;
        this.name = name;
    }

    public StorageProvider Provider { get; }

    /// <summary>The <c>--db</c> value: a SQLite file's path, or a <c>postgresql://</c> URI.</summary>
    public string Location { get; }

    /// <summary>An ADO.NET connection string to the same database (for checks that read it as another program would).</summary>
    public string ConnectionString { get; }

    /// <summary>The SQLite file; only for tests about SQLite files (journals, read-only files, locks).</summary>
    public string FilePath => Provider == StorageProvider.Sqlite
        ? Location
        : throw new InvalidOperationException("a PostgreSQL test database has no file");

    /// <summary>A folder for the test's other files (workbooks, reports), removed with the database.</summary>
    public string Folder => folder ?? throw new InvalidOperationException("this test database has no folder");

    public static TestDatabase Create(StorageProvider provider) => CreateAsync(provider).GetAwaiter().GetResult();

    public static async Task<TestDatabase> CreateAsync(StorageProvider provider)
    {
        var folder = Directory.CreateTempSubdirectory("reporting-test-").FullName;
        if (provider == StorageProvider.Sqlite)
        {
            var path = Path.Combine(folder, "test.db");
            return new TestDatabase(provider, path, $"Data Source={path}", folder, null);
        }

        var name = "reporting_test_" + Guid.NewGuid().ToString("N");
        await using (var admin = await TestPostgres.OpenAdminAsync())
        {
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", admin);
            await create.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(TestPostgres.AdminConnectionString) { Database = name };
        return new TestDatabase(provider, TestPostgres.LocationOf(name), builder.ConnectionString, folder, name);
    }

    /// <summary>A connection as another program would open it (SQLite: read-only, unpooled), open.</summary>
    public DbConnection OpenConnection()
    {
        DbConnection connection = Provider == StorageProvider.Sqlite
            ? new SqliteConnection($"Data Source={Location};Mode=ReadOnly;Pooling=False")
            : new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false }.ConnectionString);
        connection.Open();
        return connection;
    }

    /// <summary>A connection that may write, as another program would open it (unpooled), open.</summary>
    public DbConnection OpenWritableConnection()
    {
        DbConnection connection = Provider == StorageProvider.Sqlite
            ? new SqliteConnection($"Data Source={Location};Pooling=False")
            : new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false }.ConnectionString);
        connection.Open();
        return connection;
    }

    /// <summary>Runs SQL on the database as another program (or an older release) would.</summary>
    public void Execute(string sql)
    {
        using var connection = OpenWritableConnection();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>The rows a query returns, read with <paramref name="read"/>.</summary>
    public List<T> Rows<T>(string sql, Func<DbDataReader, T> read)
    {
        using var connection = OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    /// <summary>The one number a query returns (a count).</summary>
    public long Scalar(string sql) => Convert.ToInt64(Rows(sql, r => r.GetValue(0)).Single(), CultureInfo.InvariantCulture);

    public override string ToString() => $"{Provider} {Location}";

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    public async ValueTask DisposeAsync()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        if (name is not null)
        {
            // The product's pooled connections to this database end with it (FORCE), so the drop never waits on them.
            NpgsqlConnection.ClearAllPools();
            await using var admin = await TestPostgres.OpenAdminAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }
        else
        {
            SqliteConnection.ClearAllPools();
        }

        if (folder is not null)
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // A file still open by a failed test; the OS temp cleaner will have it.
            }
        }
    }
}
