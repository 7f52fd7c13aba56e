using System.Text.Json;
using Reporting.Testing;

namespace Reporting.Cli.Tests;

/// <summary>`reporting import --estimate`, then the summary's marks in table and JSON, then the final version clearing them.</summary>
public sealed class EstimateCommandTests
{
    [ProviderTheory]
    public async Task ImportEstimate_MarksTheSummary_WithTheAgenciesCounted_UntilTheFinalVersion(StorageProvider provider)
    {
        using var temp = new TempFolder(provider);
        var (vnpt, viettel) = (temp.File("VNPT_2026-03.xlsx"), temp.File("VIETTEL_2026-03.xlsx"));
        await RejectedFileTests.WriteGoodAsync("VNPT", "2026-03", vnpt);
        await RejectedFileTests.WriteGoodAsync("VIETTEL", "2026-03", viettel);

        var imported = await CliRun.InProcessAsync("import", vnpt, "--estimate", "--db", temp.Db);
        Assert.Equal(0, imported.ExitCode);
        Assert.Contains("stored VNPT 2026-03 as version 1 (estimate, ước)", imported.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, (await CliRun.InProcessAsync("import", viettel, "--db", temp.Db)).ExitCode);

        var json = await CliRun.InProcessAsync("summary", "--period", "2026-03", "--format", "json", "--db", temp.Db);
        var rows = JsonDocument.Parse(json.Stdout).RootElement.EnumerateArray().ToDictionary(r => r.GetProperty("code").GetString()!);
        var revenue = rows["TEL.REVENUE"];
        Assert.Equal((2, 1), (revenue.GetProperty("reported").GetInt32(), revenue.GetProperty("estimated").GetInt32()));
        Assert.Equal("ước: 1/2 đơn vị", revenue.GetProperty("estimate").GetString());

        // Indicators only other agencies report carry no mark.
        var edoc = rows["EDOC.SENT"];
        Assert.Equal(0, edoc.GetProperty("estimated").GetInt32());
        Assert.Equal(JsonValueKind.Null, edoc.GetProperty("estimate").ValueKind);

        var table = await CliRun.InProcessAsync("summary", "--period", "2026-03", "--db", temp.Db);
        Assert.Contains("ước: 1/2 đơn vị", table.Stdout, StringComparison.Ordinal);
        var english = await CliRun.InProcessAsync("summary", "--period", "2026-03", "--lang", "en", "--db", temp.Db);
        Assert.Contains("est.: 1/2 agencies", english.Stdout, StringComparison.Ordinal);

        // The same file without --estimate is the final version: stored anew, and the marks are gone.
        var final = await CliRun.InProcessAsync("import", vnpt, "--db", temp.Db);
        Assert.Contains("stored VNPT 2026-03 as version 2", final.Stdout, StringComparison.Ordinal);
        var after = await CliRun.InProcessAsync("summary", "--period", "2026-03", "--format", "json", "--db", temp.Db);
        Assert.All(JsonDocument.Parse(after.Stdout).RootElement.EnumerateArray(), r => Assert.Equal(0, r.GetProperty("estimated").GetInt32()));
        Assert.DoesNotContain("ước:", (await CliRun.InProcessAsync("summary", "--period", "2026-03", "--db", temp.Db)).Stdout, StringComparison.Ordinal);

        var versions = await CliRun.InProcessAsync("submissions", "--agency", "VNPT", "--format", "json", "--db", temp.Db);
        var list = JsonDocument.Parse(versions.Stdout).RootElement.EnumerateArray()
            .Select(v => (v.GetProperty("version").GetInt32(), v.GetProperty("current").GetBoolean(), v.GetProperty("estimate").GetBoolean()))
            .ToList();
        Assert.Equal([(1, false, true), (2, true, false)], list);
        var history = await CliRun.InProcessAsync("submissions", "--agency", "VNPT", "--db", temp.Db);
        Assert.Contains("ước", history.Stdout, StringComparison.Ordinal);
        Assert.Contains("chính thức", history.Stdout, StringComparison.Ordinal);
    }
}
