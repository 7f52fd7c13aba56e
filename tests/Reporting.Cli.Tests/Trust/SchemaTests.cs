using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Reporting.Testing;

namespace Reporting.Cli.Tests.Trust;

/// <summary>
/// A database made by another release, or left mid-upgrade by a stopped process: every command says what is wrong and
/// what to run, none hangs, and none writes to a database it cannot use as it is.
/// </summary>
public sealed partial class SchemaTests : IDisposable
{
    private static readonly TimeSpan NoHang = TimeSpan.FromSeconds(60);

    private readonly TempFolder temp = new();

    [Fact]
    public async Task ReadCommand_OnAnOlderSchema_SaysSoAndNamesInit_WritingNothing_ThenInitUpgradesIt()
    {
        await StoredState.CreateOldSchemaAsync(temp.Db);
        SqliteConnection.ClearAllPools();
        var before = StoredState.FilesHash(temp.Db);

        var summary = await CliRun.InProcessAsync("summary", "--period", "2026-H1", "--db", temp.Db);

        Assert.Equal(3, summary.ExitCode);
        Assert.Contains("earlier release", summary.Stderr, StringComparison.Ordinal);
        Assert.Contains($"reporting init --db {temp.Db}", summary.Stderr, StringComparison.Ordinal);
        Assert.Contains(StoredState.LatestMigration(), summary.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, StoredState.FilesHash(temp.Db));

        var init = await CliRun.InProcessAsync("init", "--db", temp.Db);
        Assert.True(init.ExitCode == 0, init.All);
        Assert.Equal(0, (await CliRun.InProcessAsync("summary", "--period", "2026-H1", "--db", temp.Db)).ExitCode);
    }

    [Fact]
    public async Task EveryCommand_OnADatabaseFromANewerRelease_IsRefusedNamingBothVersions_AndNothingIsWritten()
    {
        var file = temp.File("VNPT_2026-01.xlsx");
        await RejectedFileTests.WriteGoodAsync("VNPT", "2026-01", file);
        Assert.Equal(0, (await CliRun.InProcessAsync("import", file, "--db", temp.Db)).ExitCode);
        const string future = "29990101000000_FromANewerRelease";
        StoredState.Execute(temp.Db, $"INSERT INTO \"__EFMigrationsHistory\" VALUES ('{future}', '99.0.0'); PRAGMA wal_checkpoint(TRUNCATE);");
        var before = StoredState.FilesHash(temp.Db);
        var correction = temp.File("VNPT_2026-02.xlsx");
        await RejectedFileTests.WriteGoodAsync("VNPT", "2026-02", correction);

        foreach (var args in new[]
        {
            new[] { "init" },
            ["import", correction],
            ["summary", "--period", "2026-H1"],
            ["submissions"],
        })
        {
            var run = await CliRun.InProcessAsync([.. args, "--db", temp.Db]);

            Assert.True(run.ExitCode == 3, $"{args[0]}: {run.All}");
            Assert.Contains("newer release", run.Stderr, StringComparison.Ordinal);
            Assert.Contains(future, run.Stderr, StringComparison.Ordinal);
            Assert.Contains(StoredState.LatestMigration(), run.Stderr, StringComparison.Ordinal);
            Assert.Equal(before, StoredState.FilesHash(temp.Db));
        }
    }

    [Fact]
    public async Task AMigrationLockLeftByAStoppedUpgrade_IsClearedWithAMessage_NeverWaitedOn()
    {
        await StoredState.CreateOldSchemaAsync(temp.Db);

        // What EF Core leaves when the process holding its migration lock is killed: the row, and nobody to delete it.
        StoredState.Execute(temp.Db, """
            CREATE TABLE IF NOT EXISTS "__EFMigrationsLock" ("Id" INTEGER NOT NULL CONSTRAINT "PK___EFMigrationsLock" PRIMARY KEY, "Timestamp" TEXT NOT NULL);
            INSERT INTO "__EFMigrationsLock" ("Id", "Timestamp") VALUES (1, '2026-12-05 06:00:00+00:00');
            """);

        var summary = await WithinAsync(CliRun.InProcessAsync("summary", "--period", "2026-H1", "--db", temp.Db));
        Assert.Equal(3, summary.ExitCode);
        Assert.Contains("reporting init", summary.Stderr, StringComparison.Ordinal);

        var init = await WithinAsync(CliRun.InProcessAsync("init", "--db", temp.Db));
        Assert.True(init.ExitCode == 0, init.All);
        Assert.Contains("Cleared a stale upgrade lock", init.Stderr, StringComparison.Ordinal);
        Assert.Contains("2026-12-05 06:00:00", init.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, StoredState.Count(temp.Db, "\"__EFMigrationsLock\""));
        Assert.Equal(0, (await WithinAsync(CliRun.InProcessAsync("summary", "--period", "2026-H1", "--db", temp.Db))).ExitCode);
    }

    [ProviderTheory]
    public async Task Import_WhileAnotherProcessWrites_SaysWhatItWaitsFor_AndGivesUpInTime_ChangingNothing(StorageProvider provider)
    {
        using var folder = new TempFolder(provider);
        var file = folder.File("VNPT_2026-01.xlsx");
        await RejectedFileTests.WriteGoodAsync("VNPT", "2026-01", file);
        Assert.Equal(0, (await CliRun.InProcessAsync("init", "--db", folder.Db)).ExitCode);
        var before = DatabaseFingerprint.Of(folder.Db);

        await using (var other = TestConnections.Open(folder.Db))
        {
            // SQLite: the one write lock; PostgreSQL: a lock on the submissions table that lets readers in but no writer.
            await using var begin = other.CreateCommand();
            begin.CommandText = provider == StorageProvider.Sqlite ? "BEGIN IMMEDIATE" : "BEGIN; LOCK TABLE submissions IN EXCLUSIVE MODE";
            await begin.ExecuteNonQueryAsync();

            var started = System.Diagnostics.Stopwatch.StartNew();
            var run = await WithinAsync(CliRun.InProcessAsync("import", file, "--wait", "2", "--db", folder.Db));

            Assert.Equal(3, run.ExitCode);
            Assert.Contains($"Waiting for another process that is writing to {NamedInMessages(folder.Db)} (giving up after 2 s)", run.Stderr, StringComparison.Ordinal);
            Assert.Contains("Gave up waiting", run.Stderr, StringComparison.Ordinal);
            Assert.Contains("Not stored (1): " + file, run.Stderr, StringComparison.Ordinal);
            Assert.InRange(started.Elapsed.TotalSeconds, 1.5, 20);
        }

        Assert.Equal(before, DatabaseFingerprint.Of(folder.Db));
        Assert.Equal(0, (await CliRun.InProcessAsync("import", file, "--db", folder.Db)).ExitCode);
    }

    /// <summary>A SQLite file by its full path; a PostgreSQL database by its URI with the password left out.</summary>
    private static string NamedInMessages(string db) => PostgresPassword().Replace(db, "$1@");

    [GeneratedRegex("^(postgresql://[^:@/]+):[^@/]*@")]
    private static partial Regex PostgresPassword();

    private static async Task<CliRun> WithinAsync(Task<CliRun> run) =>
        await run.WaitAsync(NoHang);

    public void Dispose() => temp.Dispose();
}
