using Reporting.Testing;
using System.Text.Json;
using ClosedXML.Excel;

namespace Reporting.Cli.Tests;

/// <summary>A newer submission supersedes the earlier one, which stays; an identical file changes nothing.</summary>
public sealed class VersioningTests
{
    [ProviderTheory]
    public async Task Import_OfACorrection_SupersedesTheFirstVersion_WhichStaysQueryable(StorageProvider provider)
    {
        using var temp = new TempFolder(provider);
        var first = temp.File("VNPT_2026-03.xlsx");
        var correction = temp.File("VNPT_2026-03_v2.xlsx");
        await RejectedFileTests.WriteGoodAsync("VNPT", "2026-03", first);
        File.Copy(first, correction);
        SetValue(first, "TEL.REVENUE", 61_000m);
        SetValue(correction, "TEL.REVENUE", 51_000m);

        Assert.Equal(0, (await CliRun.InProcessAsync("import", first, "--db", temp.Db)).ExitCode);
        Assert.Equal(0, (await CliRun.InProcessAsync("import", correction, "--db", temp.Db)).ExitCode);

        var summary = await CliRun.InProcessAsync("summary", "--period", "2026-03", "--format", "json", "--db", temp.Db);
        var revenue = JsonDocument.Parse(summary.Stdout).RootElement.EnumerateArray().Single(r => r.GetProperty("code").GetString() == "TEL.REVENUE");
        Assert.Equal(51_000m, revenue.GetProperty("value").GetDecimal());

        var versions = await CliRun.InProcessAsync("submissions", "--agency", "VNPT", "--format", "json", "--db", temp.Db);
        var list = JsonDocument.Parse(versions.Stdout).RootElement.EnumerateArray().ToList();
        Assert.Equal(2, list.Count);
        Assert.False(list[0].GetProperty("current").GetBoolean());
        Assert.True(list[1].GetProperty("current").GetBoolean());
        Assert.Equal(2, list[1].GetProperty("version").GetInt32());

        var old = await CliRun.InProcessAsync("submissions", "--id", list[0].GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture), "--format", "json", "--db", temp.Db);
        var oldRevenue = JsonDocument.Parse(old.Stdout).RootElement.EnumerateArray().Single(v => v.GetProperty("indicator").GetString() == "TEL.REVENUE");
        Assert.Equal(61_000m, oldRevenue.GetProperty("value").GetDecimal());
    }

    [ProviderTheory]
    public async Task Import_OfAnIdenticalFile_IsReportedAndChangesNothing(StorageProvider provider)
    {
        using var temp = new TempFolder(provider);
        var file = temp.File("VNPT_2026-01.xlsx");
        await RejectedFileTests.WriteGoodAsync("VNPT", "2026-01", file);
        Assert.Equal(0, (await CliRun.InProcessAsync("import", file, "--db", temp.Db)).ExitCode);
        var before = DatabaseFingerprint.Of(temp.Db);

        var again = await CliRun.InProcessAsync("import", file, "--db", temp.Db);

        Assert.Equal(0, again.ExitCode);
        Assert.Contains("unchanged", again.Stdout, StringComparison.Ordinal);
        Assert.Contains("already imported", again.Stdout, StringComparison.Ordinal);
        Assert.Equal(before, DatabaseFingerprint.Of(temp.Db));
    }

    [ProviderTheory]
    public async Task Import_OfAnEarlierVersionAfterANewerOne_MakesItCurrentAgain_AndSaysWhichVersionItRepeats(StorageProvider provider)
    {
        using var temp = new TempFolder(provider);
        var first = temp.File("VNPT_2026-03.xlsx");
        var correction = temp.File("VNPT_2026-03_v2.xlsx");
        await RejectedFileTests.WriteGoodAsync("VNPT", "2026-03", first);
        File.Copy(first, correction);
        SetValue(first, "TEL.REVENUE", 61_000m);
        SetValue(correction, "TEL.REVENUE", 51_000m);
        Assert.Equal(0, (await CliRun.InProcessAsync("import", first, "--db", temp.Db)).ExitCode);
        Assert.Equal(0, (await CliRun.InProcessAsync("import", correction, "--db", temp.Db)).ExitCode);

        var again = await CliRun.InProcessAsync("import", first, "--db", temp.Db);

        Assert.Equal(0, again.ExitCode);
        Assert.Contains("stored VNPT 2026-03 as version 3, now the current version: identical to version 1, sent again after a newer one", again.Stdout, StringComparison.Ordinal);
        var summary = await CliRun.InProcessAsync("summary", "--period", "2026-03", "--format", "json", "--db", temp.Db);
        var revenue = JsonDocument.Parse(summary.Stdout).RootElement.EnumerateArray().Single(r => r.GetProperty("code").GetString() == "TEL.REVENUE");
        Assert.Equal(61_000m, revenue.GetProperty("value").GetDecimal());

        var before = DatabaseFingerprint.Of(temp.Db);
        var once = await CliRun.InProcessAsync("import", first, "--db", temp.Db);
        Assert.Contains("unchanged: identical to VNPT 2026-03 version 3", once.Stdout, StringComparison.Ordinal);
        Assert.Equal(before, DatabaseFingerprint.Of(temp.Db));
    }

    [ProviderTheory]
    public async Task Import_DryRun_ValidatesWithoutStoring(StorageProvider provider)
    {
        using var temp = new TempFolder(provider);
        var file = temp.File("VNPT_2026-01.xlsx");
        await RejectedFileTests.WriteGoodAsync("VNPT", "2026-01", file);
        await CliRun.InProcessAsync("init", "--db", temp.Db);

        var run = await CliRun.InProcessAsync("import", file, "--dry-run", "--db", temp.Db);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("dry run", run.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, DatabaseFingerprint.Count(temp.Db, "submissions"));
    }

    [ProviderTheory]
    public async Task Import_OfAFolderWithoutWorkbooks_SaysSoAndFails(StorageProvider provider)
    {
        using var temp = new TempFolder(provider);
        var empty = Directory.CreateDirectory(temp.File("empty")).FullName;

        var run = await CliRun.InProcessAsync("import", empty, "--db", temp.Db);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("No .xlsx or .csv file found", run.Stderr, StringComparison.Ordinal);
    }

    internal static void SetValue(string path, string code, decimal value)
    {
        using var book = new XLWorkbook(path);
        book.Worksheet("Data").RowsUsed().Single(r => r.Cell(1).GetString() == code).Cell(4).Value = value;
        book.Save();
    }
}
