namespace Reporting.Testing;

/// <summary>Where a test stores its data: the storage tests run once on each.</summary>
public enum StorageProvider
{
    /// <summary>A SQLite file (the embedded default).</summary>
    Sqlite,

    /// <summary>A database on a PostgreSQL server (the test cluster of scripts/postgres-test-cluster.sh).</summary>
    PostgreSql,
}
