using System.Globalization;
using System.Text.Json;
using Reporting.Testing;

namespace Reporting.Cli.Tests;

/// <summary>
/// The reporting cycle from the command line, on each provider: review, return with a cell comment, a corrected file,
/// accept, issue and lock, a refused import, reopen, the issued files again, and the audit log of it all.
/// </summary>
public sealed class ReportingCycleTests
{
    [ProviderTheory]
    public async Task Cycle_ReturnCorrectAcceptIssueRefuseReopen_LeavesItsAuditTrail(StorageProvider provider)
    {
        using var temp = new TempFolder(provider);
        var first = temp.File("VNPT_2026-03.xlsx");
        await RejectedFileTests.WriteGoodAsync("VNPT", "2026-03", first);
        Assert.Equal(0, (await CliRun.InProcessAsync("import", first, "--db", temp.Db)).ExitCode);

        var queue = await CliRun.InProcessAsync("review", "--period", "2026-03", "--format", "json", "--db", temp.Db);
        var waiting = Assert.Single(JsonDocument.Parse(queue.Stdout).RootElement.EnumerateArray());
        Assert.Equal("VNPT", waiting.GetProperty("agency").GetString());
        var id = waiting.GetProperty("id").GetInt64().ToString(CultureInfo.InvariantCulture);

        var returned = await CliRun.InProcessAsync("return", "--id", id, "--reason", "Doanh thu thấp", "--cell", "D7", "--comment", "Kiểm tra lại", "--db", temp.Db);
        Assert.Equal(0, returned.ExitCode);
        Assert.Contains($"Submission {id} returned by cli:", returned.Stdout, StringComparison.Ordinal);
        var refused = await CliRun.InProcessAsync("accept", "--id", id, "--db", temp.Db);
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains($"submission {id} was already returned", refused.Stderr, StringComparison.Ordinal);
        var unpaired = await CliRun.InProcessAsync("return", "--id", id, "--reason", "x", "--cell", "D7", "--db", temp.Db);
        Assert.Equal(2, unpaired.ExitCode);

        var corrected = temp.File("VNPT_2026-03_v2.xlsx");
        await RejectedFileTests.WriteGoodAsync("VNPT", "2026-03", corrected);
        VersioningTests.SetValue(corrected, "TEL.REVENUE", 61_000m);
        Assert.Equal(0, (await CliRun.InProcessAsync("import", corrected, "--db", temp.Db)).ExitCode);
        var next = JsonDocument.Parse((await CliRun.InProcessAsync("review", "--period", "2026-03", "--format", "json", "--db", temp.Db)).Stdout).RootElement.EnumerateArray().Single();
        var nextId = next.GetProperty("id").GetInt64().ToString(CultureInfo.InvariantCulture);
        Assert.Equal(0, (await CliRun.InProcessAsync("accept", "--id", nextId, "--db", temp.Db)).ExitCode);

        var issued = temp.File("issued");
        Assert.Equal(0, (await CliRun.InProcessAsync("issue", "--period", "2026-03", "--out", issued, "--db", temp.Db)).ExitCode);
        var late = temp.File("VIETTEL_2026-03.xlsx");
        await RejectedFileTests.WriteGoodAsync("VIETTEL", "2026-03", late);
        var locked = await CliRun.InProcessAsync("import", late, "--db", temp.Db);
        Assert.Equal(1, locked.ExitCode);
        Assert.Contains("the period 2026-03 is locked: its report was issued by cli:", locked.Stdout, StringComparison.Ordinal);
        Assert.Equal(1, (await CliRun.InProcessAsync("reopen", "--period", "2026-03", "--reason", " ", "--db", temp.Db)).ExitCode);
        Assert.Equal(0, (await CliRun.InProcessAsync("reopen", "--period", "2026-03", "--reason", "VIETTEL gửi muộn", "--db", temp.Db)).ExitCode);
        Assert.Equal(0, (await CliRun.InProcessAsync("import", late, "--db", temp.Db)).ExitCode);
        var again = temp.File("again");
        Assert.Equal(0, (await CliRun.InProcessAsync("report", "--period", "2026-03", "--as-issued", "--out", again, "--db", temp.Db)).ExitCode);
        foreach (var name in new[] { "2026-03.xlsx", "2026-03.pdf", "2026-03.docx" })
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(issued, name)), File.ReadAllBytes(Path.Combine(again, name)));
        }

        var audit = await CliRun.InProcessAsync("audit", "--period", "2026-03", "--format", "csv", "--db", temp.Db);
        var rows = audit.Stdout.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Equal(
            ["submission.stored", "submission.returned", "submission.stored", "submission.accepted", "period.issued", "period.locked", "period.reopened", "submission.stored"],
            rows.Select(r => r[4]));
        Assert.All(rows, r => Assert.Equal("cli:" + Environment.UserName, r[2]));
        Assert.All(rows, r => Assert.Equal(Environment.MachineName, r[3]));
        var viettelOnly = await CliRun.InProcessAsync("audit", "--agency", "VIETTEL", "--format", "json", "--db", temp.Db);
        Assert.Single(JsonDocument.Parse(viettelOnly.Stdout).RootElement.EnumerateArray());
    }

    [ProviderTheory]
    public async Task Init_LoadingTheTemplates_IsACatalogChange_InTheAuditLog(StorageProvider provider)
    {
        using var temp = new TempFolder(provider);

        Assert.Equal(0, (await CliRun.InProcessAsync("init", "--db", temp.Db)).ExitCode);
        Assert.Equal(0, (await CliRun.InProcessAsync("init", "--db", temp.Db)).ExitCode);
        Assert.Equal(0, (await CliRun.InProcessAsync("summary", "--period", "2026-03", "--db", temp.Db)).ExitCode);

        var entries = JsonDocument.Parse((await CliRun.InProcessAsync("audit", "--format", "json", "--db", temp.Db)).Stdout).RootElement.EnumerateArray().ToList();
        Assert.Equal(["catalog.changed", "catalog.changed"], entries.Select(e => e.GetProperty("action").GetString()));
        Assert.All(entries, e => Assert.Equal("cli:" + Environment.UserName, e.GetProperty("actor").GetString()));
        Assert.Contains(Path.GetFullPath(RepoFiles.Templates), JsonDocument.Parse(entries[0].GetProperty("after").GetString()!).RootElement.GetProperty("templates").GetString(), StringComparison.Ordinal);
    }
}
