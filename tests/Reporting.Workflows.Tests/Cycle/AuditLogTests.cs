using System.Text.Json;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Reporting.Core.Audit;
using Reporting.Core.Periods;
using Reporting.Testing;
using Reporting.Workflows.Admin;
using Reporting.Workflows.Audit;
using Reporting.Workflows.Import;

namespace Reporting.Workflows.Tests.Cycle;

/// <summary>
/// The audit log: each action leaves exactly its entry, in the transaction of the change; nothing changes or removes an
/// entry (EF refuses, the database refuses on both providers, and no source file tries); filtered and exported.
/// </summary>
public sealed partial class AuditLogTests
{
    private static readonly PeriodId August = PeriodId.Parse("2026-08");

    [ProviderTheory]
    public async Task Import_StoredFile_LeavesExactlyOneEntry_WithActorOriginAndVersions(StorageProvider provider)
    {
        await using var world = await CycleWorld.CreateAsync(provider);
        var first = await world.StoreAsync("VNPT", August, revenue: 50_000);

        var second = await world.ImportAsync(world.Workbook("VNPT", August, revenue: 51_000), CycleWorld.Analyst);

        Assert.Equal(ImportOutcome.Stored, second.Outcome);
        var entries = world.Audit();
        Assert.Equal(2, entries.Count);
        Assert.All(entries, e => Assert.Equal((AuditAction.SubmissionStored, "2026-08", "VNPT"), (e.Action, e.Period, e.Agency)));
        Assert.Equal(("vnpt.user", "203.0.113.9", first), (entries[0].Actor, entries[0].Origin, entries[0].Submission!.Value));
        Assert.Null(entries[0].Before);
        Assert.Equal(("analyst1", "10.0.0.7", second.SubmissionId), (entries[1].Actor, entries[1].Origin, entries[1].Submission));
        using var before = JsonDocument.Parse(entries[1].Before!);
        Assert.Equal(first, before.RootElement.GetProperty("submission").GetInt64());
        using var after = JsonDocument.Parse(entries[1].After!);
        Assert.Equal(2, after.RootElement.GetProperty("version").GetInt32());
    }

    [ProviderTheory]
    public async Task FinalFigures_OverAnEstimate_LeaveTheStoredEntry_AndOneEstimateReplaced_ButAnotherEstimateDoesNot(StorageProvider provider)
    {
        await using var world = await CycleWorld.CreateAsync(provider);
        var estimate = await world.ImportAsync(world.Workbook("VNPT", August, revenue: 50_000), estimate: true);
        var revised = await world.ImportAsync(world.Workbook("VNPT", August, revenue: 50_500), estimate: true);

        var final = await world.ImportAsync(world.Workbook("VNPT", August, revenue: 51_000), CycleWorld.Analyst);

        Assert.Equal(
            [AuditAction.SubmissionStored, AuditAction.SubmissionStored, AuditAction.SubmissionStored, AuditAction.EstimateReplaced],
            world.Audit().Select(e => e.Action));
        var replaced = world.Audit()[^1];
        Assert.Equal(("analyst1", final.SubmissionId), (replaced.Actor, replaced.Submission));
        using var before = JsonDocument.Parse(replaced.Before!);
        Assert.Equal((revised.SubmissionId!.Value, true), (before.RootElement.GetProperty("submission").GetInt64(), before.RootElement.GetProperty("estimate").GetBoolean()));
        using var storedEstimate = JsonDocument.Parse(world.Audit()[0].After!);
        Assert.True(storedEstimate.RootElement.GetProperty("estimate").GetBoolean());
        Assert.NotEqual(estimate.SubmissionId, revised.SubmissionId);
    }

    [ProviderTheory]
    public async Task Import_RejectedOrUnchangedFile_LeavesNoEntry(StorageProvider provider)
    {
        await using var world = await CycleWorld.CreateAsync(provider);
        var file = world.Workbook("VNPT", August);
        Assert.Equal(ImportOutcome.Stored, (await world.ImportAsync(file)).Outcome);
        var bad = Path.Combine(RepoFiles.Samples, "bad", "formula-without-value.xlsx");

        Assert.Equal(ImportOutcome.Unchanged, (await world.ImportAsync(file)).Outcome);
        Assert.Equal(ImportOutcome.Rejected, (await world.ImportAsync(bad)).Outcome);

        Assert.Single(world.Audit());
    }

    [ProviderTheory]
    public async Task Targets_Changed_LeaveOneEntry_WithTheValuesBeforeAndAfter(StorageProvider provider)
    {
        await using var world = await CycleWorld.CreateAsync(provider);
        var code = world.Workspace.Catalog.Indicators.First().Code;
        var earlier = world.Workspace.Catalog.Indicators.First().TargetFor(2027);

        await new CatalogEditor(world.Workspace, CycleWorld.Analyst).SetTargetsAsync(2027, [(code, 123.5m)]);

        var entry = Assert.Single(world.Audit());
        Assert.Equal((AuditAction.TargetChanged, "analyst1", "10.0.0.7"), (entry.Action, entry.Actor, entry.Origin));
        using var before = JsonDocument.Parse(entry.Before!);
        using var after = JsonDocument.Parse(entry.After!);
        Assert.Equal(2027, after.RootElement.GetProperty("year").GetInt32());
        Assert.Equal(123.5m, after.RootElement.GetProperty("targets").GetProperty(code).GetDecimal());
        var was = before.RootElement.GetProperty("targets").GetProperty(code);
        Assert.Equal(earlier, was.ValueKind == JsonValueKind.Null ? null : was.GetDecimal());
    }

    [ProviderTheory]
    public async Task Deadlines_Changed_LeaveOneCatalogEntry(StorageProvider provider)
    {
        await using var world = await CycleWorld.CreateAsync(provider);

        await new CatalogEditor(world.Workspace, CycleWorld.Analyst).SetDeadlinesAsync([(August, new DateOnly(2026, 9, 20))]);

        var entry = Assert.Single(world.Audit());
        Assert.Equal(AuditAction.CatalogChanged, entry.Action);
        Assert.Contains("\"2026-08\":\"2026-09-20\"", entry.After, StringComparison.Ordinal);
    }

    [ProviderTheory]
    public async Task AuditEntry_ChangedOrDeletedThroughEf_IsRefused(StorageProvider provider)
    {
        await using var world = await CycleWorld.CreateAsync(provider);
        await world.StoreAsync("VNPT", August);
        var before = world.Fingerprint();
        var db = world.Workspace.Db;

        var entry = await db.AuditEntries.SingleAsync();
        entry.Actor = "someone else";
        var change = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        Assert.Contains("append-only", change.Message, StringComparison.Ordinal);
        db.ChangeTracker.Clear();
        db.AuditEntries.Remove(await db.AuditEntries.SingleAsync());
        var delete = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        Assert.Contains("cannot be deleted", delete.Message, StringComparison.Ordinal);
        db.ChangeTracker.Clear();

        Assert.Equal(before, world.Fingerprint());
    }

    [ProviderTheory]
    public async Task AuditEntry_ChangedOrDeletedThroughSql_IsRefusedByTheDatabase(StorageProvider provider)
    {
        await using var world = await CycleWorld.CreateAsync(provider);
        await world.StoreAsync("VNPT", August);
        var before = world.Fingerprint();

        var update = Assert.ThrowsAny<System.Data.Common.DbException>(() => world.Database.Execute("UPDATE audit_entries SET actor = 'x'"));
        var delete = Assert.ThrowsAny<System.Data.Common.DbException>(() => world.Database.Execute("DELETE FROM audit_entries"));

        Assert.Contains("append-only", update.Message, StringComparison.Ordinal);
        Assert.Contains("append-only", delete.Message, StringComparison.Ordinal);
        Assert.Equal(before, world.Fingerprint());
    }

    [ProviderTheory]
    public async Task Audit_FilteredByPeriodAgencyAndDay_ExportsTheSameRowsAsCsvAndXlsx(StorageProvider provider)
    {
        await using var world = await CycleWorld.CreateAsync(provider);
        await world.StoreAsync("VNPT", August);
        await world.StoreAsync("VNPT", PeriodId.Parse("2026-09"));
        await world.StoreAsync("VIETTEL", August);
        var query = new AuditQuery(world.Workspace);

        var vnptAugust = await query.ListAsync(new AuditFilter(August, "VNPT"));
        var fromToday = await query.ListAsync(new AuditFilter(Since: new DateOnly(2026, 12, 5)));
        var fromTomorrow = await query.ListAsync(new AuditFilter(Since: new DateOnly(2026, 12, 6)));

        var only = Assert.Single(vnptAugust);
        Assert.Equal(("VNPT", "2026-08"), (only.AgencyCode, only.Period));
        Assert.Equal(3, fromToday.Count);
        Assert.Empty(fromTomorrow);
        var csv = AuditQuery.Csv(fromToday).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("id,at,actor,origin,action,period,agency,submission,before,after", csv[0]);
        Assert.Equal(4, csv.Length);
        Assert.StartsWith($"{fromToday[0].Id},2026-12-05T05:00:00Z,vnpt.user,203.0.113.9,submission.stored,2026-08,VNPT,", csv[1], StringComparison.Ordinal);
        using var workbook = new XLWorkbook(new MemoryStream(AuditQuery.Workbook(fromToday)));
        var sheet = workbook.Worksheet(1);
        Assert.Equal("action", sheet.Cell(1, 5).GetString());
        Assert.Equal(["VNPT", "VNPT", "VIETTEL"], Enumerable.Range(2, 3).Select(r => sheet.Cell(r, 7).GetString()));
        Assert.Equal(fromToday[2].After, sheet.Cell(4, 10).GetString());
    }

    [Fact]
    public void Sources_HoldNoCodeThatUpdatesOrDeletesAuditRows()
    {
        var offending = Directory.EnumerateFiles(Path.Combine(RepoFiles.Root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal))
            .SelectMany(f => Writes().Matches(File.ReadAllText(f)).Select(m => $"{Path.GetRelativePath(RepoFiles.Root, f)}: {m.Value}"))
            .ToList();

        Assert.True(offending.Count == 0, "code that changes audit rows: " + string.Join(" | ", offending));
    }

    [Theory]
    [InlineData("await db.AuditEntries.Where(a => a.Id == 1).ExecuteDeleteAsync();")]
    [InlineData("db.AuditEntries.ExecuteUpdate(s => s.SetProperty(a => a.Actor, \"x\"));")]
    [InlineData("db.AuditEntries.Remove(entry);")]
    [InlineData("db.Set<AuditEntryEntity>().RemoveRange(all);")]
    [InlineData("db.Database.ExecuteSqlRaw(\"update audit_entries set actor = 'x'\");")]
    [InlineData("const string Sql = \"DELETE FROM audit_entries WHERE id = 1\";")]
    [InlineData("const string Sql = \"TRUNCATE audit_entries\";")]
    public void SourceScan_FindsEachWayToChangeAnAuditRow(string code) => Assert.Matches(Writes(), code);

    // EF's ways (on the DbSet or Set<AuditEntryEntity>()) and SQL's; the migrations' triggers say "UPDATE ON audit_entries".
    [GeneratedRegex("""(?:AuditEntries|Set<AuditEntryEntity>\(\))\s*(?:\.\s*Where\([^;]*?\))?\s*\.\s*(?:ExecuteUpdate|ExecuteDelete|Remove|RemoveRange|Update|UpdateRange)|UPDATE\s+audit_entries|DELETE\s+FROM\s+audit_entries|TRUNCATE\s+(?:TABLE\s+)?audit_entries""", RegexOptions.IgnoreCase)]
    private static partial Regex Writes();
}
