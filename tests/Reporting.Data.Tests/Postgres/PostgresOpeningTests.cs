using Reporting.Testing;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Reporting.Core.Periods;
using Reporting.Core.Submissions;
using Reporting.Data.Opening;

namespace Reporting.Data.Tests.Postgres;

/// <summary>Opening a PostgreSQL database gives the guarantees the SQLite opening gives (see the trust tests in Cli.Tests).</summary>
public sealed class PostgresOpeningTests : IAsyncLifetime
{
    private readonly PostgresServer server = PostgresServer.AdminConnectionString is null ? null! : PostgresServer.NewDatabase();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }

    [PostgresFact]
    public async Task Upgrade_CreatesTheDatabase_AndAppliesEveryMigration()
    {
        var settings = new DatabaseSettings(server.Location);
        Assert.False(await DatabaseCreation.ExistsAsync(settings));

        await using var db = ReportingDbContext.Open(settings);
        await DatabaseCreation.CreateIfMissingAsync(db);
        Assert.True(await DatabaseSchema.UpgradeAsync(db));

        Assert.True(await DatabaseCreation.ExistsAsync(settings));
        var status = await DatabaseSchema.InspectAsync(db);
        Assert.Empty(status.Pending);
        Assert.Equal(db.Database.GetMigrations(), status.Applied);
        Assert.Equal(0L, await server.ScalarAsync("SELECT COUNT(*) FROM period_rollups"));
        Assert.False(await DatabaseSchema.UpgradeAsync(db));
    }

    [PostgresFact]
    public async Task ProductConnections_RunWithoutJit_UnlessTheConnectionStringTurnsItOn()
    {
        await UpgradedAsync();
        await using var db = ReportingDbContext.Open(new DatabaseSettings(server.Location));
        var turnedOn = new NpgsqlConnectionStringBuilder(DatabaseLocation.Parse(server.Location).Target) { Options = "-c jit=on" }.ConnectionString;
        await using var operators = ReportingDbContext.Open(new DatabaseSettings(turnedOn));

        Assert.Equal("off", await db.Database.SqlQueryRaw<string>("SELECT current_setting('jit') AS \"Value\"").SingleAsync());
        Assert.Equal("on", await operators.Database.SqlQueryRaw<string>("SELECT current_setting('jit') AS \"Value\"").SingleAsync());
    }

    [PostgresFact]
    public async Task ReadOnlyOpen_RefusesAnyWrite_SaysSo_AndChangesNothing()
    {
        await UpgradedAsync();
        await using var reader = ReportingDbContext.Open(new DatabaseSettings(server.Location, ReadOnly: true));

        var refused = await Assert.ThrowsAnyAsync<Exception>(() =>
            new CatalogStore(reader).SaveAsync(File.ReadAllText(Path.Combine(RepoFiles.Templates, "indicators.json")), File.ReadAllText(Path.Combine(RepoFiles.Templates, "agencies.json")), null, DateTimeOffset.UnixEpoch));

        Assert.Contains("is read-only for this connection", StorageFailure.Describe(refused, reader.Location.Display), StringComparison.Ordinal);
        Assert.Equal(0L, await server.ScalarAsync("SELECT COUNT(*) FROM catalog_documents"));
    }

    [PostgresFact]
    public async Task DatabaseOfANewerRelease_IsRefused_ForReadingAndUpgrading_AndNothingChanged()
    {
        await UpgradedAsync();
        await server.ScalarAsync("INSERT INTO \"__EFMigrationsHistory\" VALUES ('29991231000000_FromTheFuture', '99.0.0')");
        var history = await server.ScalarAsync("SELECT COUNT(*) FROM \"__EFMigrationsHistory\"");
        await using var db = ReportingDbContext.Open(new DatabaseSettings(server.Location));

        var read = await Assert.ThrowsAsync<DatabaseUnavailableException>(() => DatabaseSchema.EnsureCurrentAsync(db));
        var upgrade = await Assert.ThrowsAsync<DatabaseUnavailableException>(() => DatabaseSchema.UpgradeAsync(db));

        foreach (var refused in new[] { read, upgrade })
        {
            Assert.Contains("was written by a newer release of Reporting: its schema is 29991231000000_FromTheFuture", refused.Message, StringComparison.Ordinal);
            Assert.Contains("nothing was changed", refused.Message, StringComparison.Ordinal);
        }

        Assert.Equal(history, await server.ScalarAsync("SELECT COUNT(*) FROM \"__EFMigrationsHistory\""));
    }

    [PostgresFact]
    public async Task DatabaseOfAnEarlierRelease_IsRefused_NamingTheUpgradeCommand()
    {
        await UpgradedAsync();

        // As if made before this build's migrations (PostgreSQL has one so far): its history lacks them.
        await server.ScalarAsync("DELETE FROM \"__EFMigrationsHistory\"");
        await using var db = ReportingDbContext.Open(new DatabaseSettings(server.Location));

        var refused = await Assert.ThrowsAsync<DatabaseUnavailableException>(() => DatabaseSchema.EnsureCurrentAsync(db));

        Assert.Contains("was made by an earlier release", refused.Message, StringComparison.Ordinal);
        Assert.Contains($"Upgrade it with `reporting init --db postgresql://", refused.Message, StringComparison.Ordinal);
    }

    [PostgresFact]
    public async Task Upgrade_WaitsBoundedForAnotherUpgrade_AndItsLockEndsWithItsSession()
    {
        var settings = new DatabaseSettings(server.Location, BusyTimeout: TimeSpan.FromSeconds(1));
        await using var db = ReportingDbContext.Open(settings);
        await DatabaseCreation.CreateIfMissingAsync(db);
        var holder = await server.OpenSessionAsync();
        await using (var take = new NpgsqlCommand("SELECT pg_advisory_lock(5937275307721774448)", holder))
        {
            await take.ExecuteScalarAsync();
        }

        var told = new List<string>();
        var waited = Stopwatch.StartNew();
        var refused = await Assert.ThrowsAsync<DatabaseUnavailableException>(() => DatabaseSchema.UpgradeAsync(db, told.Add));

        Assert.InRange(waited.Elapsed, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10));
        Assert.Contains("Gave up after 1 s waiting for another process that is upgrading", refused.Message, StringComparison.Ordinal);
        Assert.Contains(told, t => t.StartsWith("Waiting for another process that is upgrading", StringComparison.Ordinal));
        Assert.NotEmpty((await DatabaseSchema.InspectAsync(db)).Pending);

        // The other process ends (however it ends, its session does): nothing is left to clear.
        await holder.DisposeAsync();
        Assert.True(await DatabaseSchema.UpgradeAsync(db));
    }

    [PostgresFact]
    public async Task Store_GivesUpAfterTheWait_WhenAnotherSessionHoldsTheTables_SayingSo()
    {
        await UpgradedAsync();
        await using var holder = await server.OpenSessionAsync();
        await using var transaction = await holder.BeginTransactionAsync();
        await using (var take = new NpgsqlCommand("LOCK TABLE submissions IN ACCESS EXCLUSIVE MODE", holder, transaction))
        {
            await take.ExecuteNonQueryAsync();
        }

        await using var db = ReportingDbContext.Open(new DatabaseSettings(server.Location, BusyTimeout: TimeSpan.FromSeconds(1)));
        var waited = Stopwatch.StartNew();
        var refused = await Assert.ThrowsAnyAsync<Exception>(() => new SubmissionStore(db).SaveAsync(Submission(1, 5m), DateTimeOffset.UnixEpoch));

        Assert.InRange(waited.Elapsed, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10));
        Assert.StartsWith("Gave up waiting: another process", StorageFailure.Describe(refused, db.Location.Display), StringComparison.Ordinal);
    }

    [PostgresFact]
    public async Task Store_WaitingForAnotherSessionsLock_SaysSoOnce_ThenStoresWhenTheLockIsReleased()
    {
        await UpgradedAsync();
        await using var holder = await server.OpenSessionAsync();
        await using var transaction = await holder.BeginTransactionAsync();
        await using (var take = new NpgsqlCommand("LOCK TABLE submissions IN EXCLUSIVE MODE", holder, transaction))
        {
            await take.ExecuteNonQueryAsync();
        }

        var told = new System.Collections.Concurrent.ConcurrentQueue<string>();
        await using var db = ReportingDbContext.Open(new DatabaseSettings(server.Location, BusyTimeout: TimeSpan.FromSeconds(20), OnWaiting: told.Enqueue));
        var store = new SubmissionStore(db).SaveAsync(Submission(1, 5m), DateTimeOffset.UnixEpoch);

        // Held for several checks (the first within a second, then one a second): the wait is still told once.
        await Task.Delay(TimeSpan.FromSeconds(3.5));
        Assert.False(store.IsCompleted);
        await transaction.CommitAsync();
        var stored = await store.WaitAsync(TimeSpan.FromSeconds(20));

        Assert.True(stored.Stored);
        var waiting = Assert.Single(told);
        Assert.StartsWith("Waiting for another process that is writing to postgresql://", waiting, StringComparison.Ordinal);
        Assert.EndsWith($"/{server.Name} (giving up after 20 s)...", waiting, StringComparison.Ordinal);

        // A store that finds nobody holding a lock says nothing.
        await new SubmissionStore(db).SaveAsync(Submission(2, 6m), DateTimeOffset.UnixEpoch);
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        Assert.Single(told);
    }

    [PostgresFact]
    public async Task StorageFailure_WordsAWrongPassword_AndAServerThatDoesNotAnswer()
    {
        var admin = new NpgsqlConnectionStringBuilder(PostgresServer.AdminConnectionString);
        await using var wrong = ReportingDbContext.Open(new DatabaseSettings(PostgresServer.UriOf(admin.Username!, "not-the-password", "postgres")));
        var login = await Assert.ThrowsAnyAsync<Exception>(() => wrong.Database.OpenConnectionAsync());

        await using var nobody = ReportingDbContext.Open(new DatabaseSettings("postgresql://u:p@127.0.0.1:1/none"));
        var connect = await Assert.ThrowsAnyAsync<Exception>(() => nobody.Database.OpenConnectionAsync());

        Assert.StartsWith("The PostgreSQL server refused the login to", StorageFailure.Describe(login, wrong.Location.Display), StringComparison.Ordinal);
        Assert.StartsWith("Cannot connect to the PostgreSQL server of postgresql://u@127.0.0.1:1/none", StorageFailure.Describe(connect, nobody.Location.Display), StringComparison.Ordinal);
    }

    [PostgresFact]
    public async Task Init_ForARoleThatMayNotCreateDatabases_SaysWhatToAskTheAdministrator()
    {
        var role = server.Name + "_role";
        await server.ScalarAsync($"CREATE ROLE {role} LOGIN PASSWORD 'limited-pw' NOCREATEDB", onMaintenance: true);
        try
        {
            await using var db = ReportingDbContext.Open(new DatabaseSettings(PostgresServer.UriOf(role, "limited-pw", server.Name)));

            var refused = await Assert.ThrowsAsync<DatabaseUnavailableException>(() => DatabaseCreation.CreateIfMissingAsync(db));

            Assert.Contains($"the role {role} may not create databases", refused.Message, StringComparison.Ordinal);
            Assert.Contains($"CREATE DATABASE \"{server.Name}\" OWNER \"{role}\"", refused.Message, StringComparison.Ordinal);
            Assert.Equal(0L, await server.ScalarAsync($"SELECT COUNT(*) FROM pg_database WHERE datname = '{server.Name}'", onMaintenance: true));
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await server.ScalarAsync($"DROP ROLE {role}", onMaintenance: true);
        }
    }

    [PostgresFact]
    public async Task StoredFigures_AndTimes_ReadBackAsOnSqlite()
    {
        await UpgradedAsync();
        await using var db = ReportingDbContext.Open(new DatabaseSettings(server.Location));
        var store = new SubmissionStore(db);
        var at = new DateTimeOffset(2026, 2, 10, 9, 30, 0, TimeSpan.FromHours(7));
        await store.SaveAsync(Submission(1, 1.2345679m), at);
        await store.SaveAsync(Submission(2, 2.0000004m), at);

        var quarter = PeriodId.Parse("2026-Q1");
        var values = await store.CurrentValuesAsync(quarter.FirstMonth, quarter.LastMonth);
        Assert.Equal([1.234568m, 2.000000m], values.OrderBy(v => v.Period.FirstMonth.Index).Select(v => v.Value));
        Assert.Equal(3.234568m, (await store.Rollups.ReadAsync(quarter)).ByIndicator.Single().ByAgency["X001"].Sum);
        Assert.Equal(at, (await store.LatestAsync(1)).Single().ReceivedAt);
    }

    private async Task UpgradedAsync()
    {
        await using var db = ReportingDbContext.Open(new DatabaseSettings(server.Location));
        await DatabaseCreation.CreateIfMissingAsync(db);
        await DatabaseSchema.UpgradeAsync(db);
    }

    private static ParsedSubmission Submission(int month, decimal value) =>
        new($"X001_2026-0{month}.xlsx", "Data", "X001", "B2", PeriodId.Parse($"2026-0{month}"), "B3", [new ParsedValue("EDOC.SENT", value, "C5")], [], $"sha{month}");
}
