using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;
using Reporting.Core.Agencies;
using Reporting.Core.Periods;
using Reporting.Data;
using Reporting.Data.Opening;
using Reporting.Testing;

namespace Reporting.Cli.Tests.Trust;

/// <summary>What the trust tests check of a database after something went wrong, and the files they import into it.</summary>
public static class StoredState
{
    /// <summary>Writes filled-in workbooks of monthly agencies for the months of 2026-H1, named as the template names them.</summary>
    public static async Task<IReadOnlyList<string>> WriteWorkbooksAsync(string folder, int count)
    {
        Directory.CreateDirectory(folder);
        var period = PeriodId.Parse("2026-H1");
        var owed = RepoFiles.Directory.Agencies
            .Where(a => a.Frequency == ReportingFrequency.Monthly && a.IsActiveDuring(period))
            .SelectMany(a => period.Months.Select(m => (Agency: a, Period: PeriodId.ForMonth(m))))
            .Take(count)
            .ToList();
        var files = new List<string>();
        foreach (var (agency, month) in owed)
        {
            var path = Path.Combine(folder, $"{agency.Code}_{month}.xlsx");
            await RejectedFileTests.WriteGoodAsync(agency.Code, month.ToString(), path);
            files.Add(path);
        }

        return files;
    }

    /// <summary>
    /// SQLite's own check of every page and index. On PostgreSQL, whose server keeps its files whole when a client is
    /// killed, "ok" when the database answers and every table reads to its end.
    /// </summary>
    public static string IntegrityCheck(string path)
    {
        using var connection = Open(path);
        if (connection is not SqliteConnection)
        {
            foreach (var table in new[] { "submissions", "submission_values", "period_rollups", "catalog_documents" })
            {
                Rows(connection, $"SELECT COUNT(*) FROM {table}", r => r.GetInt64(0));
            }

            return "ok";
        }

        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        return (string)command.ExecuteScalar()!;
    }

    /// <summary>
    /// Every stored submission holds exactly the values of the file it came from (the synthetic province's for its agency
    /// and period), and the stored roll-ups are those a rebuild from the stored values gives: nothing half-stored.
    /// </summary>
    public static async Task AssertWholeAsync(string path)
    {
        var province = new SyntheticProvince(RepoFiles.Catalog, RepoFiles.Directory);
        using (var connection = Open(path))
        {
            foreach (var (id, agency, period, count) in Rows(connection, "SELECT id, agency_code, period, value_count FROM submissions", r => (r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetInt32(3))))
            {
                var expected = province.ValuesFor(RepoFiles.Directory[agency], PeriodId.Parse(period))
                    .Where(v => v.Value is not null)
                    .ToDictionary(v => v.Key, v => v.Value!.Value, StringComparer.Ordinal);
                var stored = Rows(connection, $"SELECT indicator_code, value_micros FROM submission_values WHERE submission_id = {id} AND value_micros IS NOT NULL", r => (r.GetString(0), r.GetInt64(1) / 1_000_000m))
                    .ToDictionary(v => v.Item1, v => v.Item2, StringComparer.Ordinal);
                Assert.Equal(expected.Count, count);
                Assert.Equal(expected.OrderBy(e => e.Key, StringComparer.Ordinal), stored.OrderBy(e => e.Key, StringComparer.Ordinal));
            }
        }

        if (new DatabaseSettings(path).Location.IsPostgreSql)
        {
            await AssertRollupsAsRebuiltOnPostgresAsync(path);
            return;
        }

        // Beside the test's other files, not the database's: that may be a full or read-only disk.
        var copy = Path.Combine(Path.GetTempPath(), $"reporting-rebuilt-{Guid.NewGuid():N}.db");
        // SQLite's backup, not a file copy: committed pages may still sit in the write-ahead log.
        using (var source = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False"))
        using (var target = new SqliteConnection($"Data Source={copy};Pooling=False"))
        {
            source.Open();
            target.Open();
            source.BackupDatabase(target);
        }

        try
        {
            await using (var db = ReportingDbContext.Open(new DatabaseSettings(copy)))
            {
                await new PeriodRollupStore(db).RebuildAsync();
            }

            Assert.Equal(Rollups(copy), Rollups(path));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { copy, copy + "-wal", copy + "-shm" })
            {
                File.Delete(file);
            }
        }
    }

    /// <summary>The PostgreSQL twin of the file copy: a copy of the database (CREATE DATABASE … TEMPLATE) whose roll-ups are rebuilt.</summary>
    private static async Task AssertRollupsAsRebuiltOnPostgresAsync(string location)
    {
        var original = new NpgsqlConnectionStringBuilder(new DatabaseSettings(location).ConnectionString).Database!;
        var copyName = original + "_rebuilt";
        var admin = new NpgsqlConnectionStringBuilder(TestPostgres.AdminConnectionString) { Pooling = false }.ConnectionString;
        NpgsqlConnection.ClearAllPools();
        AdminExecute(admin, $"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{original}' AND pid <> pg_backend_pid()");
        AdminExecute(admin, $"CREATE DATABASE \"{copyName}\" TEMPLATE \"{original}\"");
        var copy = new NpgsqlConnectionStringBuilder(admin) { Database = copyName }.ConnectionString;
        try
        {
            await using (var db = ReportingDbContext.Open(new DatabaseSettings(copy)))
            {
                await new PeriodRollupStore(db).RebuildAsync();
            }

            Assert.Equal(Rollups(copy), Rollups(location));
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            AdminExecute(admin, $"DROP DATABASE IF EXISTS \"{copyName}\" WITH (FORCE)");
        }
    }

    private static void AdminExecute(string admin, string sql)
    {
        using var connection = new NpgsqlConnection(admin);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    public static long Count(string path, string table) => Count(Open(path), table);

    /// <summary>Counted in a SQLite file on a read-only mount (<see cref="TestConnections.OpenOnReadOnlyMount"/>).</summary>
    public static long CountOnReadOnlyMount(string path, string table) => Count(TestConnections.OpenOnReadOnlyMount(path), table);

    private static long Count(DbConnection opened, string table)
    {
        using var connection = opened;
        return Rows(connection, $"SELECT COUNT(*) FROM {table}", r => r.GetInt64(0)).Single();
    }

    /// <summary>The source files of the stored submissions.</summary>
    public static IReadOnlyList<string> StoredFiles(string path)
    {
        using var connection = Open(path);
        return Rows(connection, "SELECT source_file FROM submissions ORDER BY id", r => r.GetString(0));
    }

    /// <summary>The bytes of the database file and its journal: equal hashes mean nothing was written.</summary>
    public static string FilesHash(string path)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in new[] { path, path + "-wal" }.Where(File.Exists))
        {
            sha.AppendData(File.ReadAllBytes(file));
        }

        return Convert.ToHexString(sha.GetHashAndReset());
    }

    /// <summary>A SQLite database as an earlier release left it: migrated up to <paramref name="lastMigration"/> only.</summary>
    public static async Task CreateOldSchemaAsync(string path, string lastMigration = "_IndexValuesByIndicator")
    {
        await using var db = ReportingDbContext.OpenSqlite(path);
        await db.GetService<IMigrator>().MigrateAsync(db.Database.GetMigrations().Single(m => m.EndsWith(lastMigration, StringComparison.Ordinal)));
    }

    /// <summary>The migration this build knows last.</summary>
    public static string LatestMigration()
    {
        using var db = ReportingDbContext.OpenSqlite(":memory:");
        return db.Database.GetMigrations().Max(StringComparer.Ordinal)!;
    }

    /// <summary>Runs SQL on the database as another program (or an older release) would.</summary>
    public static void Execute(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static List<string> Rollups(string path)
    {
        using var connection = Open(path);
        return Rows(connection, "SELECT * FROM period_rollups ORDER BY period, agency_code, indicator_code", r =>
            string.Join('|', Enumerable.Range(0, r.FieldCount).Select(i => Convert.ToString(r.GetValue(i), CultureInfo.InvariantCulture))));
    }

    private static DbConnection Open(string path) => TestConnections.OpenReadOnly(path);

    private static List<T> Rows<T>(DbConnection connection, string sql, Func<DbDataReader, T> read)
    {
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
}
