using Reporting.Core.Periods;
using Reporting.Core.Submissions;
using Reporting.Data;
using Reporting.Data.Opening;
using Reporting.Testing;
using Reporting.Workflows.Copy;

namespace Reporting.Workflows.Tests.Copy;

public sealed class DatabaseCopierTests : IDisposable
{
    private static readonly DateTimeOffset Received = new(2026, 4, 2, 8, 15, 30, TimeSpan.FromHours(7));

    private readonly string folder = Directory.CreateTempSubdirectory("reporting-copy-").FullName;

    [Fact]
    public async Task Copy_SqliteToSqlite_MovesEveryVersionWithItsUploader_AndGivesTheSameFigures()
    {
        var source = await ProvinceAsync();
        var target = Path.Combine(folder, "copy.db");

        var outcome = await DatabaseCopier.CopyAsync(new DatabaseOpening(source), new DatabaseOpening(target));

        // indicators, agencies and calendar; four versions; five rows (one empty); X001's Q1, H1, 9M, year and VNPT's.
        Assert.Equal(new ProvinceCounts(3, 4, 5, 8), outcome.Copied);
        await AssertSameProvinceAsync(target);
    }

    [Fact]
    public async Task Copy_TakesTheRemindersSent_SoTheCopyDoesNotRemindAgain()
    {
        var source = await ProvinceAsync();
        await using (var workspace = await ReportingWorkspace.OpenAsync(new DatabaseOpening(source, DatabaseAccess.Write) { Templates = RepoFiles.Templates }))
        {
            Assert.True(await new ReminderLog(workspace.Db).RecordAndSendAsync("VIETTEL", PeriodId.Parse("2026-06"), new DateOnly(2026, 6, 17), "viettel@example.vn", Received, _ => Task.CompletedTask));
        }

        var target = Path.Combine(folder, "copy.db");
        await DatabaseCopier.CopyAsync(new DatabaseOpening(source), new DatabaseOpening(target));

        await using var copy = await ReportingWorkspace.OpenAsync(new DatabaseOpening(target, DatabaseAccess.Read) { Templates = RepoFiles.Templates });
        var reminders = await new ReminderLog(copy.Db).AllAsync();
        Assert.Equal(("VIETTEL", "2026-06", new DateOnly(2026, 6, 17), "viettel@example.vn", Received), reminders.Single());
    }

    [Fact]
    public async Task Copy_IntoADatabaseHoldingAProvince_IsRefused_AndChangesNothing()
    {
        var source = await ProvinceAsync();
        var target = Path.Combine(folder, "copy.db");
        await DatabaseCopier.CopyAsync(new DatabaseOpening(source), new DatabaseOpening(target));
        var before = await FingerprintAsync(target);

        var refused = await Assert.ThrowsAsync<DatabaseUnavailableException>(() => DatabaseCopier.CopyAsync(new DatabaseOpening(source), new DatabaseOpening(target)));

        Assert.Equal($"{Path.GetFullPath(target)} already holds a province (4 submissions): copy only into a new or empty database. Nothing was changed.", refused.Message);
        Assert.Equal(before, await FingerprintAsync(target));
    }

    [Fact]
    public async Task Copy_OntoItself_IsRefused()
    {
        var source = await ProvinceAsync();

        var refused = await Assert.ThrowsAsync<DatabaseUnavailableException>(() => DatabaseCopier.CopyAsync(new DatabaseOpening(source), new DatabaseOpening(source)));

        Assert.StartsWith("--from and --to name the same database", refused.Message, StringComparison.Ordinal);
    }

    [PostgresFact]
    public async Task Copy_SqliteToPostgres_AndBack_GivesTheSameFigures()
    {
        var source = await ProvinceAsync();
        await using var target = await TestDatabase.CreateAsync(StorageProvider.PostgreSql);
        var postgres = target.Location;
        var back = Path.Combine(folder, "back.db");

        await DatabaseCopier.CopyAsync(new DatabaseOpening(source), new DatabaseOpening(postgres));
        await AssertSameProvinceAsync(postgres);
        await DatabaseCopier.CopyAsync(new DatabaseOpening(postgres), new DatabaseOpening(back));
        await AssertSameProvinceAsync(back);
        Assert.Equal(await FingerprintAsync(source), await FingerprintAsync(back));
    }

    [Fact]
    public async Task Open_ADatabaseUriOfAnotherKind_IsRefused_AndCreatesNoFileOrFolder()
    {
        var before = Directory.GetFileSystemEntries(Directory.GetCurrentDirectory());

        var refused = await Assert.ThrowsAsync<DatabaseUnavailableException>(() =>
            ReportingDatabase.OpenAsync(new DatabaseOpening("mysql://root:secret@localhost/province", DatabaseAccess.Upgrade) { Templates = RepoFiles.Templates }));

        Assert.Equal(
            "The database mysql://root:***@localhost/province is a mysql:// address, which Reporting does not support: give a SQLite file path (reporting.db) or a PostgreSQL URI (postgresql://user:password@host:port/database).",
            refused.Message);
        Assert.Equal(before, Directory.GetFileSystemEntries(Directory.GetCurrentDirectory()));
        Assert.False(Directory.Exists("mysql:"));
    }

    /// <summary>
    /// What a user checks on the copy: every version (superseded too) with its uploader and time received, and the
    /// figures: X001's January and February (10.5 + 20.25, the February correction replacing 19) and VNPT's March.
    /// </summary>
    private static async Task AssertSameProvinceAsync(string location)
    {
        await using var workspace = await ReportingWorkspace.OpenAsync(new DatabaseOpening(location, DatabaseAccess.Read));
        var versions = await workspace.Submissions.SubmissionsAsync(new YearMonth(2026, 1), new YearMonth(2026, 12), includeSuperseded: true);
        Assert.Equal(
            ["VNPT 2026-03 v1 current by - at 2026-04-02T01:15:30", "X001 2026-01 v1 current by - at 2026-04-02T01:15:30", "X001 2026-02 v1 superseded by - at 2026-04-02T01:15:30", "X001 2026-02 v2 current by submitter.x001 at 2026-04-03T01:15:30"],
            versions.Select(v => $"{v.AgencyCode} {v.Period} v{v.Version} {(v.IsCurrent ? "current" : "superseded")} by {v.UploadedBy?.UserName ?? "-"} at {v.ReceivedAt.UtcDateTime:yyyy-MM-ddTHH:mm:ss}").Order(StringComparer.Ordinal));

        var quarter = await workspace.Submissions.Rollups.ReadAsync(PeriodId.Parse("2026-Q1"));
        var byAgency = quarter.ByIndicator.ToDictionary(i => i.IndicatorCode, i => i.ByAgency, StringComparer.Ordinal);
        Assert.Equal(30.75m, byAgency["EDOC.SENT"]["X001"].Sum);
        Assert.Equal(1234567.123457m, byAgency["TEL.REVENUE"]["VNPT"].Sum);
        var correction = versions.Single(v => v.Version == 2);
        Assert.Equal(
            [("EDOC.SENT", (decimal?)20.25m, "D7"), ("EDOC.RECEIVED", null, "D8")],
            (await workspace.Submissions.RowsOfAsync(correction.Id)).Select(r => (r.IndicatorCode, r.Value, r.Cell)));
    }

    private async Task<string> ProvinceAsync()
    {
        var path = Path.Combine(folder, "source.db");
        await using var workspace = await ReportingWorkspace.OpenAsync(new DatabaseOpening(path, DatabaseAccess.Upgrade) { Templates = RepoFiles.Templates });
        var store = workspace.Submissions;
        await store.SaveAsync(Parsed("X001", "2026-01", "a", ("EDOC.SENT", 10.5m)), Received);
        await store.SaveAsync(Parsed("X001", "2026-02", "b", ("EDOC.SENT", 19m)), Received);
        await store.SaveAsync(Parsed("X001", "2026-02", "c", ("EDOC.SENT", 20.25m), ("EDOC.RECEIVED", null)), Received.AddDays(1), new Uploader("submitter.x001", false));
        await store.SaveAsync(Parsed("VNPT", "2026-03", "d", ("TEL.REVENUE", 1234567.1234567m)), Received);
        return path;
    }

    private static ParsedSubmission Parsed(string agency, string period, string sha, params (string Code, decimal? Value)[] values) => new(
        $"{agency}_{period}.xlsx",
        "Data",
        agency,
        "B2",
        PeriodId.Parse(period),
        "B3",
        values.Select((v, row) => new ParsedValue(v.Code, v.Value, "D" + (7 + row).ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList(),
        [],
        sha);

    private static async Task<string> FingerprintAsync(string location)
    {
        await using var db = ReportingDbContext.Open(new DatabaseSettings(location, ReadOnly: true));
        return await ProvinceCopy.FingerprintAsync(db);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
