using Reporting.Testing;

namespace Reporting.Cli.Tests;

/// <summary>A folder for one test's files and its database on a provider (a SQLite file in the folder by default), removed afterwards.</summary>
public sealed class TempFolder(StorageProvider provider = StorageProvider.Sqlite) : IDisposable
{
    private readonly List<TestDatabase> databases = [];
    private string? db;

    public string Path { get; } = Directory.CreateDirectory(System.IO.Path.Combine(System.IO.Path.GetTempPath(), "reporting-tests", Guid.NewGuid().ToString("N"))).FullName;

    public StorageProvider Provider => provider;

    /// <summary>The test's database as <c>--db</c> takes it: a file in the folder, or a fresh PostgreSQL database.</summary>
    public string Db => db ??= NewDb("test.db");

    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Another database of the provider: a SQLite file named <paramref name="name"/> in the folder, or a fresh PostgreSQL database.</summary>
    public string NewDb(string name)
    {
        if (provider == StorageProvider.Sqlite)
        {
            return File(name);
        }

        var database = TestDatabase.Create(provider);
        databases.Add(database);
        return database.Location;
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var database in databases)
        {
            database.Dispose();
        }

        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a failed test; the OS temp cleaner will have it.
        }
    }
}
