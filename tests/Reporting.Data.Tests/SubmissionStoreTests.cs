using Reporting.Data.Opening;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Reporting.Core.Periods;
using Reporting.Core.Submissions;
using Reporting.Testing;

namespace Reporting.Data.Tests;

/// <summary>Versions are kept, values come back exactly, and the schema upgrades in place.</summary>
public sealed class SubmissionStoreTests : IAsyncLifetime
{
    private TestDatabase database = null!;
    private ReportingDbContext db = null!;

    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>A fresh database of the provider, upgraded to this build's schema.</summary>
    private async Task StartAsync(StorageProvider provider)
    {
        database = await TestDatabase.CreateAsync(provider);
        db = TestContexts.Open(database);
        await DatabaseSchema.UpgradeAsync(db);
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
    public async Task Save_KeepsEveryVersion_AndOnlyTheNewestIsCurrent(StorageProvider provider)
    {
        await StartAsync(provider);
        var store = new SubmissionStore(db);
        var first = await store.SaveAsync(Submission("aaa", 100m), At(1));
        var second = await store.SaveAsync(Submission("bbb", 120m), At(2));

        Assert.Equal((1, true, (long?)null), (first.Version, first.Stored, first.SupersededId));
        Assert.Equal((2, true, (long?)first.SubmissionId), (second.Version, second.Stored, second.SupersededId));
        var all = await store.SubmissionsAsync(new YearMonth(2026, 1), new YearMonth(2026, 12), includeSuperseded: true);
        Assert.Equal([false, true], all.Select(s => s.IsCurrent));
        var current = await store.CurrentValuesAsync(new YearMonth(2026, 1), new YearMonth(2026, 12));
        Assert.Equal(120m, Assert.Single(current).Value);
        Assert.Equal(100m, Assert.Single(await store.ValuesOfAsync(first.SubmissionId)).Value);
    }

    [ProviderTheory]
    public async Task Save_OfTheCurrentVersionAgain_ChangesNothing(StorageProvider provider)
    {
        await StartAsync(provider);
        var store = new SubmissionStore(db);
        await store.SaveAsync(Submission("aaa", 100m), At(1));
        var current = await store.SaveAsync(Submission("bbb", 120m), At(2));

        var again = await store.SaveAsync(Submission("bbb", 120m), At(3));

        Assert.False(again.Stored);
        Assert.Equal((current.SubmissionId, current.Version), (again.SubmissionId, again.Version));
        Assert.Equal(2, await db.Submissions.CountAsync());
        Assert.Equal(120m, Assert.Single(await store.CurrentValuesAsync(new YearMonth(2026, 1), new YearMonth(2026, 12))).Value);
    }

    [ProviderTheory]
    public async Task Save_OfTheCurrentVersionSavedAgainWithoutAChange_ChangesNothing(StorageProvider provider)
    {
        await StartAsync(provider);
        // Opened in Excel and saved again: other bytes, the same rows (an empty one and notes too).
        var store = new SubmissionStore(db);
        await store.SaveAsync(Submission("aaa", 100m) with { Values = Rows() }, At(1));
        var current = await store.SaveAsync(Submission("bbb", 120m) with { Values = Rows(revenue: 120m) }, At(2));

        var resaved = await store.SaveAsync(Submission("bbb-saved-again", 120m) with { SourceFile = "VNPT_2026-03 (1).xlsx", Values = Rows(revenue: 120.0000001m) }, At(3));

        Assert.False(resaved.Stored);
        Assert.Equal((current.SubmissionId, current.Version), (resaved.SubmissionId, resaved.Version));
        Assert.Equal(2, await db.Submissions.CountAsync());
        Assert.Equal(6, await db.SubmissionValues.CountAsync());
        Assert.Equal("VNPT_2026-03.xlsx", (await db.Submissions.SingleAsync(s => s.IsCurrent)).SourceFile);
    }

    [ProviderTheory]
    public async Task Save_OfTheSameFiguresWithARowsNoteCellOrMarkChanged_IsANewVersion(StorageProvider provider)
    {
        await StartAsync(provider);
        var store = new SubmissionStore(db);
        var current = await store.SaveAsync(Submission("first", 120m) with { Values = Rows(revenue: 120m) }, At(1));
        ParsedSubmission[] changes =
        [
            Submission("note", 120m) with { Values = Rows(revenue: 120m, budgetNote: "số liệu cả năm") },
            Submission("cell", 120m) with { Values = Rows(revenue: 120m, btsCell: "D12") },
            Submission("row mark", 120m) with { Values = Rows(revenue: 120m, btsEstimate: true) },
            Submission("file mark", 120m) with { Values = Rows(revenue: 120m, btsEstimate: true), IsEstimate = true },
            Submission("row added", 120m) with { Values = [.. Rows(revenue: 120m), new ParsedValue("TEL.PHONE_SUBS", null, "D13")] },
            Submission("rows reordered", 120m) with { Values = [.. Rows(revenue: 120m).Reverse()] },
            Submission("figure", 120m) with { Values = Rows(revenue: 120.000001m) },
        ];

        var versions = new List<int> { current.Version };
        foreach (var change in changes)
        {
            var saved = await store.SaveAsync(change, At(versions.Count + 1));
            Assert.True(saved.Stored, change.Sha256);
            versions.Add(saved.Version);
            Assert.Equal(change.Values.Select(v => (v.IndicatorCode, v.Note, (string?)v.Cell)), (await store.RowsOfAsync(saved.SubmissionId)).Select(r => (r.IndicatorCode, r.Note, r.Cell)));
        }

        Assert.Equal(Enumerable.Range(1, changes.Length + 1), versions);
    }

    /// <summary>Three rows of a file: a figure, an empty one with a note, and another figure.</summary>
    private static ParsedValue[] Rows(decimal revenue = 100m, string budgetNote = "chưa có số liệu", string btsCell = "D11", bool btsEstimate = false) =>
    [
        new("TEL.REVENUE", revenue, "D9"),
        new("TEL.BUDGET", null, "D10", budgetNote),
        new("TEL.BTS", 12m, btsCell, IsEstimate: btsEstimate),
    ];

    [ProviderTheory]
    public async Task Save_OfAnEarlierVersionAfterANewerOne_StoresItAsTheNewCurrentVersion_NamingTheVersionItRepeats(StorageProvider provider)
    {
        await StartAsync(provider);
        // The agency sent 100, corrected it to 120, then decided 100 was right and sent that file again: the last file wins.
        var store = new SubmissionStore(db);
        var first = await store.SaveAsync(Submission("aaa", 100m), At(1));
        var second = await store.SaveAsync(Submission("bbb", 120m), At(2));

        var again = await store.SaveAsync(Submission("aaa", 100m), At(3));

        Assert.True(again.Stored);
        Assert.Equal((3, (long?)second.SubmissionId, (int?)first.Version), (again.Version, again.SupersededId, again.RepeatsVersion));
        var all = await store.SubmissionsAsync(new YearMonth(2026, 1), new YearMonth(2026, 12), includeSuperseded: true);
        Assert.Equal([(1, false), (2, false), (3, true)], all.Select(s => (s.Version, s.IsCurrent)));
        Assert.Equal(100m, Assert.Single(await store.CurrentValuesAsync(new YearMonth(2026, 1), new YearMonth(2026, 12))).Value);

        var once = await store.SaveAsync(Submission("aaa", 100m), At(4));
        Assert.False(once.Stored);
        Assert.Equal(3, once.Version);
    }

    [ProviderTheory]
    [InlineData("0.01")]
    [InlineData("2203.26")]
    [InlineData("123456789012.5")]
    [InlineData("0.000001")]
    public async Task Values_RoundTripExactly(StorageProvider provider, string text)
    {
        await StartAsync(provider);
        var value = decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        var store = new SubmissionStore(db);
        await store.SaveAsync(Submission("x", value), At(1));

        Assert.Equal(value, Assert.Single(await store.CurrentValuesAsync(new YearMonth(2026, 3), new YearMonth(2026, 3))).Value);
    }

    [ProviderTheory]
    public async Task EmptyValues_AreStoredAsNotReported_AndNotReadAsZero(StorageProvider provider)
    {
        await StartAsync(provider);
        var store = new SubmissionStore(db);
        var submission = Submission("x", 5m) with { Values = [new ParsedValue("TEL.REVENUE", 5m, "D9"), new ParsedValue("TEL.BUDGET", null, "D10")] };
        var saved = await store.SaveAsync(submission, At(1));

        Assert.Equal(2, await db.SubmissionValues.CountAsync(v => v.SubmissionId == saved.SubmissionId));
        Assert.Equal(["TEL.REVENUE"], (await store.ValuesOfAsync(saved.SubmissionId)).Select(v => v.IndicatorCode));
    }

    [ProviderTheory]
    public async Task Save_KeepsEveryRow_InTheOrderRead_WithItsCellNoteAndEstimateMark(StorageProvider provider)
    {
        await StartAsync(provider);
        var store = new SubmissionStore(db);
        // Not in code order, so a store that sorted or lost the order would show it; an empty value and a note-only row too.
        ParsedValue[] rows =
        [
            new("TEL.REVENUE", 1_234.567891m, "D9", "ước tính theo quý trước", IsEstimate: true),
            new("TEL.BUDGET", null, "D10", "chưa có số liệu"),
            new("TEL.BTS", 12m, "D11"),
            new("EDOC.SENT", 0m, "D4", null, IsEstimate: true),
        ];

        var saved = await store.SaveAsync(Submission("rows", 0m) with { Values = rows }, At(1));

        Assert.Equal(
            rows.Select(r => new StoredRow(r.IndicatorCode, r.Value, r.Cell, r.Note, r.IsEstimate)),
            await store.RowsOfAsync(saved.SubmissionId));
    }

    [ProviderTheory]
    public async Task ValuesOf_AVersion_ComeAsItsFileListedThem(StorageProvider provider)
    {
        await StartAsync(provider);
        var store = new SubmissionStore(db);
        // Not in code order: `reporting submissions --id` lists them as the agency's workbook does, on either provider.
        ParsedValue[] rows = [new("TEL.REVENUE", 1m, "D9"), new("TEL.BUDGET", null, "D10"), new("EDOC.SENT", 2m, "D4"), new("CERT.ISSUED", 3m, "D11"), new("TEL.BTS", 4m, "D12")];
        var saved = await store.SaveAsync(Submission("rows", 0m) with { Values = rows }, At(1));

        Assert.Equal(
            rows.Where(r => r.Value is not null).Select(r => (r.IndicatorCode, r.Cell)),
            (await store.ValuesOfAsync(saved.SubmissionId)).Select(v => (v.IndicatorCode, v.Cell!)));
    }

    [ProviderTheory]
    public async Task CurrentValuesOfAgencies_ComeAgencyByAgencyInTheOrderAsked_EachWithItsCurrentValuesOnly(StorageProvider provider)
    {
        await StartAsync(provider);
        var store = new SubmissionStore(db);
        // Months stored out of order and one version superseded; agencies asked in neither code nor stored order.
        ParsedValue[] rows = [new("TEL.REVENUE", 1m, "D9"), new("EDOC.SENT", 2m, "D4"), new("TEL.BTS", 3m, "D11")];
        ParsedSubmission File(string agency, string period, decimal add) =>
            new($"{agency}_{period}.xlsx", "Data", agency, "B2", PeriodId.Parse(period), "B3", [.. rows.Select(r => r with { Value = r.Value + add })], [], $"{agency}{period}{add}");
        ParsedSubmission[] files =
        [
            File("VNPT", "2026-03", 100), File("VIETTEL", "2026-02", 200), File("VNPT", "2026-01", 300),
            File("MOBI", "2026-01", 400), File("VNPT", "2026-03", 500), File("VIETTEL", "2026-01", 600), File("VNPT", "2026-07", 700),
        ];
        for (var i = 0; i < files.Length; i++)
        {
            await store.SaveAsync(files[i], At(i));
        }

        string[] asked = ["VIETTEL", "VNPT", "MOBI"];
        var read = await store.CurrentValuesOfAgenciesAsync(asked, new YearMonth(2026, 1), new YearMonth(2026, 6));

        // One run of values an agency, in the order asked.
        Assert.Equal(asked, read.Select(v => v.AgencyCode).Where((agency, i) => i == 0 || agency != read[i - 1].AgencyCode));
        foreach (var agency in asked)
        {
            // Its files within the months, but one a later file of its period replaced.
            var expected = files
                .Where((f, i) => f.AgencyCode == agency && f.Period!.Value.LastMonth <= new YearMonth(2026, 6)
                    && !files.Skip(i + 1).Any(later => later.AgencyCode == agency && later.Period == f.Period))
                .SelectMany(f => f.Values.Select(v => (f.Period!.Value.ToString(), v.IndicatorCode, v.Value, (string?)v.Cell)))
                .Order();
            Assert.Equal(expected, read.Where(v => v.AgencyCode == agency).Select(v => (v.Period.ToString(), v.IndicatorCode, (decimal?)v.Value, v.Cell)).Order());
        }
    }

    [ProviderTheory]
    public async Task Save_OnADatabaseMissingItsChangeCounter_IsRefused_AndStoresNothing(StorageProvider provider)
    {
        await StartAsync(provider);
        var store = new SubmissionStore(db);
        await db.Database.ExecuteSqlRawAsync("DELETE FROM data_versions WHERE name = 'submissions'");

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => store.SaveAsync(Submission("aaa", 100m), At(1)));

        Assert.Contains("data_versions has no row 'submissions'", refused.Message, StringComparison.Ordinal);
        Assert.Equal((0, 0, 0), (await db.Submissions.CountAsync(), await db.SubmissionValues.CountAsync(), await db.PeriodRollups.CountAsync()));
    }

    [ProviderTheory]
    public async Task Save_OfOneAgency_FromTwoConnectionsAtOnce_StoresEveryFile_AndItsYearCountsEveryMonth(StorageProvider provider)
    {
        // Two processes (an import and a portal, or two portals) storing one agency's months: each numbers its versions
        // and refreshes the year's roll-ups seeing the other's months. Found on PostgreSQL, where the second died on the
        // roll-ups' unique key.
        await StartAsync(provider);
        var months = Enumerable.Range(1, 12).Select(m => new YearMonth(2026, m)).ToList();
        async Task StoreAsync(int parity)
        {
            await using var own = TestContexts.Open(database);
            var store = new SubmissionStore(own);
            foreach (var month in months.Where(m => m.Month % 2 == parity))
            {
                await store.SaveAsync(Submission($"{parity}-{month}", 1_000m + month.Month) with { Period = PeriodId.ForMonth(month) }, At(month.Month));
            }

            // Both send December again: two versions of one period, numbered one after the other.
            await store.SaveAsync(Submission($"{parity}-again", 2_000m + parity) with { Period = PeriodId.ForMonth(months[^1]) }, At(30 + parity));
        }

        await Task.WhenAll(Task.Run(() => StoreAsync(0)), Task.Run(() => StoreAsync(1)));

        var december = await db.Submissions.Where(s => s.Period == "2026-12").OrderBy(s => s.Version).Select(s => new { s.Version, s.IsCurrent }).ToListAsync();
        Assert.Equal([1, 2, 3], december.Select(s => s.Version));
        Assert.Single(december, s => s.IsCurrent);
        var current = await new SubmissionStore(db).CurrentValuesAsync(months[0], months[^1]);
        var year = await db.PeriodRollups.AsNoTracking().SingleAsync(r => r.Period == "2026" && r.AgencyCode == "VNPT" && r.IndicatorCode == "TEL.REVENUE");
        Assert.Equal((12, current.Sum(v => v.Value)), (year.ValueCount, year.Sum));
    }

    [ProviderTheory]
    public async Task Migrate_OnADatabaseWithData_KeepsTheData(StorageProvider provider)
    {
        await StartAsync(provider);
        var store = new SubmissionStore(db);
        await store.SaveAsync(Submission("aaa", 100m), At(1));
        await db.DisposeAsync();

        db = TestContexts.Open(database);
        await DatabaseSchema.UpgradeAsync(db);

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(100m, Assert.Single(await new SubmissionStore(db).CurrentValuesAsync(new YearMonth(2026, 3), new YearMonth(2026, 3))).Value);
    }

    [ProviderTheory(SqliteOnly = "about SQLite files an earlier release made: PostgreSQL databases start at this release's schema")]
    public async Task Migrate_FromTheFirstSchema_UpgradesInPlaceAndKeepsSubmissions(StorageProvider provider)
    {
        database = await TestDatabase.CreateAsync(provider);
        db = TestContexts.Open(database);
        var migrator = db.GetService<Microsoft.EntityFrameworkCore.Migrations.IMigrator>();
        var first = db.Database.GetMigrations().First();
        await migrator.MigrateAsync(first);
        await db.Database.ExecuteSqlRawAsync(
            "INSERT INTO submissions (agency_code, period, first_month, last_month, version, source_file, sha256, received_at, is_current) " +
            "VALUES ('VNPT', '2026-03', 24314, 24314, 1, 'old.xlsx', 'abc', '2026-04-01 08:00:00+07:00', 1);" +
            "INSERT INTO submission_values (submission_id, indicator_code, value_micros, cell) VALUES (1, 'TEL.REVENUE', 51000000000, 'D9');");

        await DatabaseSchema.UpgradeAsync(db);

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        var value = Assert.Single(await new SubmissionStore(db).CurrentValuesAsync(new YearMonth(2026, 3), new YearMonth(2026, 3)));
        Assert.Equal((51_000m, "old.xlsx"), (value.Value, value.SourceFile));

        // The count kept on the row since is filled from the values stored before it existed.
        var listed = Assert.Single(await new SubmissionStore(db).SubmissionsAsync(new YearMonth(2026, 3), new YearMonth(2026, 3)));
        Assert.Equal(1, listed.ValueCount);
    }

    [ProviderTheory]
    public async Task Save_CountsItsEstimatedValues_NonEmptyOnes_WholeOrByRow(StorageProvider provider)
    {
        await StartAsync(provider);
        var store = new SubmissionStore(db);
        ParsedValue[] rows = [new("TEL.REVENUE", 100m, "D9", IsEstimate: true), new("TEL.BUDGET", null, "D10", IsEstimate: true), new("TEL.BTS", 12m, "D11")];
        var byRow = Submission("rows", 0m) with { Values = rows };
        var whole = Submission("whole", 0m) with { Values = rows, IsEstimate = true };
        var final = Submission("final", 0m) with { Values = rows.Select(r => r with { IsEstimate = false }).ToList() };

        foreach (var (submission, minute) in new[] { (byRow, 1), (whole, 2), (final, 3) })
        {
            await store.SaveAsync(submission, At(minute));
        }

        var versions = await store.SubmissionsAsync(new YearMonth(2026, 3), new YearMonth(2026, 3), includeSuperseded: true);
        Assert.Equal([(false, 1), (true, 2), (false, 0)], versions.Select(v => (v.IsEstimate, v.EstimateCount)));
        Assert.Equal([true, true, false], versions.Select(v => v.HasEstimates));
    }

    [ProviderTheory]
    public async Task Migrate_OfVersionsStoredBeforeTheirEstimatesWereCounted_CountsThem(StorageProvider provider)
    {
        database = await TestDatabase.CreateAsync(provider);
        db = TestContexts.Open(database);
        await db.GetService<Microsoft.EntityFrameworkCore.Migrations.IMigrator>()
            .MigrateAsync(db.Database.GetMigrations().Single(m => m.EndsWith("_ReportingCycle", StringComparison.Ordinal)));
        // Booleans as each provider writes them (SQLite has no boolean type).
        var (yes, no) = provider == StorageProvider.Sqlite ? ("1", "0") : ("TRUE", "FALSE");
        var insert = $"""
            INSERT INTO submissions (id, agency_code, period, first_month, last_month, version, source_file, sha256, received_at, is_current, uploaded_on_behalf, value_count, is_estimate, state)
            VALUES (1, 'VNPT', '2026-03', 24314, 24314, 1, 'a.xlsx', 'a', '2026-04-02 08:00:00+07:00', {no}, {no}, 2, {no}, 'submitted'),
                   (2, 'VNPT', '2026-03', 24314, 24314, 2, 'b.xlsx', 'b', '2026-04-02 09:00:00+07:00', {yes}, {no}, 2, {no}, 'submitted');
            INSERT INTO submission_values (submission_id, indicator_code, value_micros, cell, is_estimate)
            VALUES (1, 'TEL.REVENUE', 100000000, 'D9', {no}), (1, 'TEL.BTS', 12000000, 'D11', {no}),
                   (2, 'TEL.REVENUE', 100000000, 'D9', {yes}), (2, 'TEL.BTS', 12000000, 'D11', {yes}), (2, 'TEL.BUDGET', NULL, 'D10', {yes});
            """;
        await db.Database.ExecuteSqlRawAsync(insert);

        await DatabaseSchema.UpgradeAsync(db);

        var versions = await new SubmissionStore(db).SubmissionsAsync(new YearMonth(2026, 3), new YearMonth(2026, 3), includeSuperseded: true);
        Assert.Equal([0, 2], versions.Select(v => v.EstimateCount));
    }

    private static ParsedSubmission Submission(string sha, decimal revenue) =>
        new("VNPT_2026-03.xlsx", "Data", "VNPT", "B2", PeriodId.Parse("2026-03"), "B3", [new ParsedValue("TEL.REVENUE", revenue, "D9")], [], sha);

    private static DateTimeOffset At(int minute) => new(2026, 4, 2, 8, minute, 0, TimeSpan.FromHours(7));
}
