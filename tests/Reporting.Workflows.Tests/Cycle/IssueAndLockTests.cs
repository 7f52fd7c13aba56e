using System.Text.Json;
using Reporting.Core.Audit;
using Reporting.Core.Catalog;
using Reporting.Core.Periods;
using Reporting.Core.Review;
using Reporting.Testing;
using Reporting.Workflows.Import;
using Reporting.Workflows.Issue;
using Reporting.Workflows.Review;

namespace Reporting.Workflows.Tests.Cycle;

/// <summary>Issue, lock and reopen on a real database of each provider, and the issued report fetched byte for byte.</summary>
public sealed class IssueAndLockTests
{
    private static readonly PeriodId July = PeriodId.Parse("2026-07");
    private static readonly PeriodId August = PeriodId.Parse("2026-08");
    private static readonly PeriodId September = PeriodId.Parse("2026-09");
    private static readonly PeriodId October = PeriodId.Parse("2026-10");
    private static readonly PeriodId ThirdQuarter = PeriodId.Parse("2026-Q3");

    [ProviderTheory]
    public async Task Issue_KeepsTheFilesAndFigures_LocksThePeriod_WithExactlyItsEntries_AndANewDataVersion(StorageProvider provider)
    {
        await using var world = await CycleWorld.CreateAsync(provider);
        await world.StoreAsync("VNPT", August, revenue: 50_000);
        await world.StoreAsync("VIETTEL", August, revenue: 70_000);
        var (entries, version) = (world.Audit().Count, world.DataVersion());
        var folder = Path.Combine(world.Database.Folder, "issued");

        var outcome = await new PeriodIssue(world.Workspace).IssueAsync(August, Language.Vietnamese, CycleWorld.Analyst, folder);

        Assert.True(outcome.Done);
        Assert.Equal(["2026-08.xlsx", "2026-08.pdf", "2026-08.docx"], outcome.Files.Select(Path.GetFileName));
        Assert.Equal(("analyst1", CycleWorld.Now), (outcome.Report!.IssuedBy, outcome.Report.IssuedAt));
        var held = await new PeriodIssue(world.Workspace).LockOfAsync(August);
        Assert.Equal(("2026-08", "analyst1", outcome.Report.Id), (held!.Period, held.LockedBy, held.IssuedReportId));
        var added = world.Audit().Skip(entries).ToList();
        Assert.Equal([AuditAction.PeriodIssued, AuditAction.PeriodLocked], added.Select(e => e.Action));
        Assert.All(added, e => Assert.Equal(("analyst1", "2026-08"), (e.Actor, e.Period)));
        using var after = JsonDocument.Parse(added[0].After!);
        Assert.Equal(120_000m, after.RootElement.GetProperty("figures").GetProperty("TEL.REVENUE").GetDecimal());
        Assert.Equal(version + 1, world.DataVersion());
        Assert.Equal(File.ReadAllBytes(outcome.Files[1]), world.Database.Rows("SELECT pdf FROM issued_reports", r => (byte[])r.GetValue(0)).Single());
    }

    [ProviderTheory]
    public async Task Import_ForALockedPeriod_IsRefused_NamingTheLockAndWhoCanReopen_AndDatabaseUnchanged(StorageProvider provider)
    {
        await using var world = await CycleWorld.CreateAsync(provider);
        var id = await world.StoreAsync("VNPT", August, revenue: 50_000);
        Assert.True((await new PeriodIssue(world.Workspace).IssueAsync(August, Language.Vietnamese, CycleWorld.Analyst)).Done);
        var before = world.Fingerprint();

        var late = await world.ImportAsync(world.Workbook("VIETTEL", August));
        var review = await new SubmissionReview(world.Workspace).AcceptAsync(id, CycleWorld.Analyst);

        Assert.Equal(ImportOutcome.Locked, late.Outcome);
        Assert.Null(late.SubmissionId);
        // 05:00 UTC is 12:00 in the province (UTC+7).
        Assert.Equal(
            "the period 2026-08 is locked: its report was issued by analyst1 on 2026-12-05 12:00; nothing was stored. "
            + "An analyst can reopen it (reporting reopen --period 2026-08 --reason TEXT, or the period's page in the portal)",
            late.Refusal!.Value.English);
        Assert.StartsWith("kỳ 2026-08 đã khóa: báo cáo của kỳ đã được analyst1 ban hành lúc 12:00 05/12/2026; chưa lưu gì.", late.Refusal.Value.Vietnamese, StringComparison.Ordinal);
        Assert.Equal(ReviewRefusalKind.Locked, review.Refusal!.Kind);
        Assert.Equal(before, world.Fingerprint());
    }

    [ProviderTheory]
    public async Task DryRun_ForALockedPeriod_SaysLocked_NotValid(StorageProvider provider)
    {
        await using var world = await CycleWorld.CreateAsync(provider);
        await world.StoreAsync("VNPT", August, revenue: 50_000);
        Assert.True((await new PeriodIssue(world.Workspace).IssueAsync(August, Language.Vietnamese, CycleWorld.Analyst)).Done);
        var before = world.Fingerprint();

        var check = await new SubmissionImporter(world.Workspace).ImportFileAsync(world.Workbook("VIETTEL", August), new ImportOptions(DryRun: true));

        Assert.Equal(ImportOutcome.Locked, check.Outcome);
        Assert.StartsWith("the period 2026-08 is locked: its report was issued by analyst1", check.Refusal!.Value.English, StringComparison.Ordinal);
        Assert.Equal(before, world.Fingerprint());
    }

    [ProviderTheory]
    public async Task Import_OfAMonthWithinALockedQuarter_IsRefused_NamingTheQuarter_AndAMonthAfterIt_IsStored(StorageProvider provider)
    {
        await using var world = await CycleWorld.CreateAsync(provider);
        var id = await world.StoreAsync("VNPT", August, revenue: 50_000);
        Assert.True((await new PeriodIssue(world.Workspace).IssueAsync(ThirdQuarter, Language.Vietnamese, CycleWorld.Analyst)).Done);
        var before = world.Fingerprint();

        var late = await world.ImportAsync(world.Workbook("VIETTEL", August));
        var correction = await world.ImportAsync(world.Workbook("VNPT", August, revenue: 55_000));
        var check = await new SubmissionImporter(world.Workspace).ImportFileAsync(world.Workbook("VIETTEL", July), new ImportOptions(DryRun: true));
        var review = await new SubmissionReview(world.Workspace).AcceptAsync(id, CycleWorld.Analyst);

        Assert.Equal((ImportOutcome.Locked, ImportOutcome.Locked, ImportOutcome.Locked), (late.Outcome, correction.Outcome, check.Outcome));
        Assert.Equal(
            "the period 2026-08 lies within 2026-Q3, which is locked: its report was issued by analyst1 on 2026-12-05 12:00; nothing was stored. "
            + "An analyst can reopen 2026-Q3 (reporting reopen --period 2026-Q3 --reason TEXT, or the period's page in the portal)",
            late.Refusal!.Value.English);
        Assert.StartsWith("kỳ 2026-08 thuộc kỳ 2026-Q3 đã khóa: báo cáo của kỳ 2026-Q3 đã được analyst1 ban hành lúc 12:00 05/12/2026; chưa lưu gì.", late.Refusal.Value.Vietnamese, StringComparison.Ordinal);
        Assert.StartsWith("the period 2026-07 lies within 2026-Q3, which is locked", check.Refusal!.Value.English, StringComparison.Ordinal);
        Assert.Equal(ReviewRefusalKind.Locked, review.Refusal!.Kind);
        Assert.Equal(before, world.Fingerprint());
        Assert.Equal(ImportOutcome.Stored, (await world.ImportAsync(world.Workbook("VIETTEL", October))).Outcome);
    }

    /// <summary>
    /// Another process locks the quarter while a store waits for the database (it holds the writer on SQLite, and the
    /// year's stores as an issue does on PostgreSQL): the store sees the lock once it may go on, and stores nothing.
    /// </summary>
    [ProviderTheory]
    public async Task ALockCommitted_WhileAStoreWaits_RefusesTheFile_AndStoresNothing(StorageProvider provider)
    {
        await using var world = await CycleWorld.CreateAsync(provider);
        await world.StoreAsync("VNPT", July);
        var issued = await new PeriodIssue(world.Workspace).IssueAsync(July, Language.Vietnamese, CycleWorld.Analyst);
        var path = world.Workbook("VIETTEL", August);
        var submissions = world.Database.Scalar("SELECT COUNT(*) FROM submissions");

        await using var other = world.Database.OpenWritableConnection();
        await using var locking = await other.BeginTransactionAsync();
        await using (var command = other.CreateCommand())
        {
            command.Transaction = locking;
            command.CommandText = (provider == StorageProvider.PostgreSql ? "SELECT pg_advisory_xact_lock(1400139635, 2026); " : string.Empty)
                + "INSERT INTO period_locks (period, issued_report_id, locked_at, locked_by) VALUES ('2026-Q3', @report, @at, 'analyst2')";
            AddParameter(command, "report", issued.Report!.Id);
            AddParameter(command, "at", CycleWorld.Now);
            await command.ExecuteNonQueryAsync();
        }

        // On its own thread: SQLite's busy wait blocks the thread that waits.
        var import = Task.Run(() => world.ImportAsync(path));
        await Task.Delay(TimeSpan.FromMilliseconds(500));
        Assert.False(import.IsCompleted);
        await locking.CommitAsync();
        var result = await import;

        Assert.Equal(ImportOutcome.Locked, result.Outcome);
        Assert.StartsWith("the period 2026-08 lies within 2026-Q3, which is locked: its report was issued by analyst2", result.Refusal!.Value.English, StringComparison.Ordinal);
        Assert.Equal(submissions, world.Database.Scalar("SELECT COUNT(*) FROM submissions"));
    }

    /// <summary>
    /// Files of the quarter stored by another process while the quarter is issued: each is in the issued figures or
    /// refused, so the figures issued are the figures locked; also when the issue holds the year's stores from the start
    /// (its last attempt), where the files wait for it.
    /// </summary>
    [ProviderTheory]
    public Task Issue_WhileAnotherProcessStoresFilesOfThePeriod_LocksTheFiguresItIssued(StorageProvider provider) =>
        IssueWhileAnotherProcessStoresAsync(provider, attemptsWhileStoring: 2);

    [ProviderTheory]
    public Task Issue_HoldingTheYearsStores_WhileAnotherProcessStoresFilesOfThePeriod_LocksTheFiguresItIssued(StorageProvider provider) =>
        IssueWhileAnotherProcessStoresAsync(provider, attemptsWhileStoring: 0);

    private static async Task IssueWhileAnotherProcessStoresAsync(StorageProvider provider, int attemptsWhileStoring)
    {
        await using var world = await CycleWorld.CreateAsync(provider);
        await world.StoreAsync("VNPT", July);
        var files = new[] { "VIETTEL", "VNPT", "MOBIFONE", "FPT", "VNPOST", "VTPOST", "JTEXPRESS" }
            .SelectMany(code => new[] { July, August, September }.Select(month => world.Workbook(code, month, revenue: 1_000 + month.Index)))
            .ToList();
        await using var other = await ReportingWorkspace.OpenAsync(new DatabaseOpening(world.Database.Location, DatabaseAccess.Write) { Templates = RepoFiles.Templates, Time = new FixedTime(CycleWorld.Now) });
        var importer = new SubmissionImporter(other);
        var first = await importer.ImportFileAsync(files[0], new ImportOptions(Actor: CycleWorld.Submitter));
        Assert.Equal(ImportOutcome.Stored, first.Outcome);

        var storing = Task.Run(async () =>
        {
            var outcomes = new List<ImportOutcome>();
            foreach (var file in files.Skip(1))
            {
                outcomes.Add((await importer.ImportFileAsync(file, new ImportOptions(Actor: CycleWorld.Submitter))).Outcome);
            }

            return outcomes;
        });
        var issue = new PeriodIssue(world.Workspace, attemptsWhileStoring);
        var issued = await issue.IssueAsync(ThirdQuarter, Language.Vietnamese, CycleWorld.Analyst);
        var outcomes = await storing;

        Assert.True(issued.Done);
        Assert.All(outcomes, o => Assert.Contains(o, new[] { ImportOutcome.Stored, ImportOutcome.Locked }));
        Assert.DoesNotContain(ImportOutcome.Stored, outcomes.SkipWhile(o => o == ImportOutcome.Stored));
        Assert.All(await issue.ChangesSinceIssueAsync(ThirdQuarter), f => Assert.Equal(f.Issued, f.Now));
    }

    [ProviderTheory]
    public async Task Issue_OfALockedPeriod_AndReopen_WithoutReasonOrLock_AreRefused_AndDatabaseUnchanged(StorageProvider provider)
    {
        await using var world = await CycleWorld.CreateAsync(provider);
        await world.StoreAsync("VNPT", August);
        var issue = new PeriodIssue(world.Workspace);
        var notLocked = await issue.ReopenAsync(August, CycleWorld.Analyst, "sửa số liệu");
        Assert.True((await issue.IssueAsync(August, Language.Vietnamese, CycleWorld.Analyst)).Done);
        var before = world.Fingerprint();

        var again = await issue.IssueAsync(August, Language.Vietnamese, CycleWorld.Analyst);
        var noReason = await issue.ReopenAsync(August, CycleWorld.Analyst, " ");

        Assert.Equal("the period 2026-08 is not locked: there is nothing to reopen", notLocked.Refusal!.Message);
        Assert.Equal("the period 2026-08 was already issued by analyst1 on 2026-12-05 12:00 and is locked: reopen it first to issue it again", again.Refusal!.Message);
        Assert.Equal("mở lại kỳ 2026-08 cần nêu lý do (lý do được ghi lại cùng người mở)", noReason.Refusal!.MessageVi);
        Assert.Equal(before, world.Fingerprint());
    }

    [ProviderTheory]
    public async Task Reopen_RecordsWhoAndWhy_WithExactlyItsEntry_AndImportsAreTakenAgain(StorageProvider provider)
    {
        await using var world = await CycleWorld.CreateAsync(provider);
        await world.StoreAsync("VNPT", August);
        var issue = new PeriodIssue(world.Workspace);
        Assert.True((await issue.IssueAsync(August, Language.Vietnamese, CycleWorld.Analyst)).Done);
        var (entries, version) = (world.Audit().Count, world.DataVersion());

        var reopened = await issue.ReopenAsync(August, CycleWorld.Analyst, "VIETTEL gửi muộn");

        Assert.True(reopened.Done);
        Assert.Null(await issue.LockOfAsync(August));
        var history = Assert.Single(await issue.HistoryAsync(August));
        Assert.Equal(("analyst1", "VIETTEL gửi muộn", false), (history.ReopenedBy, history.ReopenReason, history.Locked));
        var entry = Assert.Single(world.Audit().Skip(entries));
        Assert.Equal((AuditAction.PeriodReopened, "analyst1", "2026-08"), (entry.Action, entry.Actor, entry.Period));
        Assert.Contains("VIETTEL gửi muộn", entry.After, StringComparison.Ordinal);
        Assert.Equal(version + 1, world.DataVersion());
        Assert.Equal(ImportOutcome.Stored, (await world.ImportAsync(world.Workbook("VIETTEL", August))).Outcome);
    }

    [ProviderTheory]
    public async Task AsIssued_AfterACorrection_IsByteForByteTheIssuedFiles_AndTheChangeSinceIssueIsShown(StorageProvider provider)
    {
        await using var world = await CycleWorld.CreateAsync(provider);
        await world.StoreAsync("VNPT", August, revenue: 50_000);
        await world.StoreAsync("VIETTEL", August, revenue: 70_000);
        var issue = new PeriodIssue(world.Workspace);
        var issued = await issue.IssueAsync(August, Language.Vietnamese, CycleWorld.Analyst, Path.Combine(world.Database.Folder, "issued"));
        var bytes = issued.Files.Select(File.ReadAllBytes).ToList();
        Assert.True((await issue.ReopenAsync(August, CycleWorld.Analyst, "VNPT sửa doanh thu")).Done);
        await world.StoreAsync("VNPT", August, revenue: 55_000);

        var again = await issue.WriteAsIssuedAsync(August, Path.Combine(world.Database.Folder, "again"));
        var changes = await issue.ChangesSinceIssueAsync(August);

        Assert.Equal(issued.Report!.Id, again.Report!.Id);
        Assert.Equal(3, again.Files.Count);
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(bytes[i], File.ReadAllBytes(again.Files[i]));
        }

        var revenue = Assert.Single(changes, c => c.Changed);
        Assert.Equal(("TEL.REVENUE", 120_000m, 125_000m), (revenue.IndicatorCode, revenue.Issued, revenue.Now));
    }

    [ProviderTheory]
    public async Task AsIssued_OfAPeriodNeverIssued_IsRefused(StorageProvider provider)
    {
        await using var world = await CycleWorld.CreateAsync(provider);

        var outcome = await new PeriodIssue(world.Workspace).WriteAsIssuedAsync(August, Path.Combine(world.Database.Folder, "none"));

        Assert.StartsWith("no report was issued for 2026-08", outcome.Refusal!.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(world.Database.Folder, "none")));
    }

    private static void AddParameter(System.Data.Common.DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        (parameter.ParameterName, parameter.Value) = (name, value);
        command.Parameters.Add(parameter);
    }
}
