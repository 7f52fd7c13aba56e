using Reporting.Data.Opening;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Reporting.Core.Aggregation;
using Reporting.Core.Catalog;
using Reporting.Core.Periods;
using Reporting.Core.Submissions;
using Reporting.Testing;

namespace Reporting.Data.Tests.Rollups;

/// <summary>Stored roll-ups change with the submission that changes them, and only then; an upgraded database gets them.</summary>
public sealed class PeriodRollupStoreTests : IAsyncLifetime
{
    private static readonly PeriodId Quarter = PeriodId.Parse("2026-Q1");
    private TestDatabase database = null!;
    private ReportingDbContext db = null!;

    public Task InitializeAsync() => Task.CompletedTask;

    private async Task StartAsync(StorageProvider provider)
    {
        database = await TestDatabase.CreateAsync(provider);
        db = TestContexts.Open(database);
        await db.Database.OpenConnectionAsync();
    }

    public async Task DisposeAsync()
    {
        if (db is not null)
        {
            await db.DisposeAsync();
        }

        if (database is not null)
        {
            await database.DisposeAsync();
        }
    }

    [ProviderTheory]
    public async Task Save_IsSeenByTheNextRead_AndASupersedingVersionReplacesItsPredecessor(StorageProvider provider)
    {
        await StartAsync(provider);
        await DatabaseSchema.UpgradeAsync(db);
        var store = new SubmissionStore(db);
        await store.SaveAsync(Submission("2026-01", "jan", 100m, 7m), At(1));
        await store.SaveAsync(Submission("2026-02", "feb", 40m, 9m), At(2));
        Assert.Equal((140m, 9m), Figures(await store.Rollups.ReadAsync(Quarter)));

        await store.SaveAsync(Submission("2026-02", "feb-v2", 45m, null), At(3));

        // February's revenue is now 45; its empty budget leaves January's as the latest budget.
        Assert.Equal((145m, 7m), Figures(await store.Rollups.ReadAsync(Quarter)));
        Assert.Equal((145m, 7m), Figures(await store.Rollups.ReadAsync(PeriodId.Parse("2026"))));
    }

    [ProviderTheory]
    public async Task Save_ThatFailsWhileStoring_ChangesNeitherSubmissionsNorRollups(StorageProvider provider)
    {
        await StartAsync(provider);
        await DatabaseSchema.UpgradeAsync(db);
        var store = new SubmissionStore(db);
        await store.SaveAsync(Submission("2026-01", "jan", 100m, 7m), At(1));
        await db.Database.ExecuteSqlRawAsync(provider == StorageProvider.Sqlite
            ? "CREATE TRIGGER fail_year BEFORE INSERT ON period_rollups WHEN NEW.period = '2026' BEGIN SELECT RAISE(ABORT, 'disk full'); END;"
            : """
              CREATE FUNCTION fail_year() RETURNS trigger LANGUAGE plpgsql AS $$
              BEGIN IF NEW.period = '2026' THEN RAISE EXCEPTION 'disk full'; END IF; RETURN NEW; END $$;
              CREATE TRIGGER fail_year BEFORE INSERT ON period_rollups FOR EACH ROW EXECUTE FUNCTION fail_year();
              """);

        var failure = await Assert.ThrowsAnyAsync<DbException>(() => store.SaveAsync(Submission("2026-01", "jan-v2", 999m, 1m), At(2)));
        Assert.Contains("disk full", failure.Message, StringComparison.Ordinal);

        Assert.Equal(1, await db.Submissions.CountAsync());
        Assert.Equal((100m, 7m), Figures(await store.Rollups.ReadAsync(Quarter)));
        Assert.Equal(100m, Assert.Single(await store.CurrentValuesAsync(new YearMonth(2026, 1), new YearMonth(2026, 1)), v => v.IndicatorCode == Revenue).Value);
    }

    [ProviderTheory(SqliteOnly = "about SQLite files an earlier release made: PostgreSQL databases start with roll-ups")]
    public async Task Migrate_OfADatabaseWithSubmissionsBeforeRollups_FillsThemWithTheSameFigures(StorageProvider provider)
    {
        await StartAsync(provider);
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync(db.Database.GetMigrations().Single(m => m.EndsWith("_IndexValuesByIndicator", StringComparison.Ordinal)));
        var province = new SyntheticProvince(RepoFiles.Catalog, RepoFiles.Directory);
        var values = province.ReportedValues(new YearMonth(2025, 1), new YearMonth(2026, 6));
        await InsertWithSqlAsync(values);

        await DatabaseSchema.UpgradeAsync(db);

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        var aggregator = new Aggregator(RepoFiles.Catalog, RepoFiles.Directory);
        var store = new SubmissionStore(db);
        foreach (var period in new[] { "2025-Q3", "2025-H2", "2025-9M", "2025", "2026-H1" }.Select(PeriodId.Parse))
        {
            var structure = period.LastMonth.LastDay;
            var expected = aggregator.Aggregate(values, period, structure);
            var actual = aggregator.Aggregate(await store.Rollups.ReadAsync(period), structure);
            foreach (var indicator in RepoFiles.Catalog.Indicators)
            {
                var (e, a) = (expected.Province(indicator.Code), actual.Province(indicator.Code));
                Assert.Equal((e.Value, e.Reported, e.Expected, e.Complete, e.SourceCount), (a.Value, a.Reported, a.Expected, a.Complete, a.SourceCount));
            }
        }

        // Asked once: opening again rebuilds nothing.
        Assert.Equal(0L, await db.Database.SqlQueryRaw<long>("SELECT COUNT(*) AS Value FROM pending_rollup_rebuild").SingleAsync());
    }

    private const string Revenue = "TEL.REVENUE";
    private const string Budget = "TEL.BUDGET";

    /// <summary>The province's revenue (a flow) and budget paid (taken here as the latest value, as a stock would be).</summary>
    private static (decimal Revenue, decimal LatestBudget) Figures(RollupSet rollups) =>
        (rollups.Of(Revenue)["VNPT"].ValueBy(TimeRule.Flow), rollups.Of(Budget)["VNPT"].ValueBy(TimeRule.Stock));

    private async Task InsertWithSqlAsync(IReadOnlyList<ReportedValue> values)
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        foreach (var submission in values.GroupBy(v => (v.SubmissionId, v.AgencyCode, v.Period)))
        {
            var (id, agency, period) = submission.Key;
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO submissions (id, agency_code, period, first_month, last_month, version, source_file, sha256, received_at, is_current)
                VALUES ({id}, {agency}, {period.ToString()}, {period.FirstMonth.Index}, {period.LastMonth.Index}, 1, 'old.xlsx', {id.ToString(System.Globalization.CultureInfo.InvariantCulture)}, '2026-07-01 08:00:00+07:00', 1)
                """);
            foreach (var value in submission)
            {
                await db.Database.ExecuteSqlAsync($"INSERT INTO submission_values (submission_id, indicator_code, value_micros) VALUES ({id}, {value.IndicatorCode}, {(long)(value.Value * 1_000_000m)})");
            }
        }

        await transaction.CommitAsync();
    }

    private static ParsedSubmission Submission(string period, string sha, decimal revenue, decimal? budget) =>
        new($"VNPT_{period}.xlsx", "Data", "VNPT", "B2", PeriodId.Parse(period), "B3", [new ParsedValue(Revenue, revenue, "D9"), new ParsedValue(Budget, budget, "D10")], [], sha);

    private static DateTimeOffset At(int minute) => new(2026, 4, 2, 8, minute, 0, TimeSpan.FromHours(7));
}
