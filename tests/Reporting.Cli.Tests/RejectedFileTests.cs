using System.Text.Json;
using Reporting.Testing;

namespace Reporting.Cli.Tests;

/// <summary>Every file of samples/bad/ is rejected with its message, and the database is left exactly as it was.</summary>
public sealed class RejectedFileTests
{
    // Rows without the provider: [ProviderTheory] puts it before each.
    public static IEnumerable<object?[]> BadFiles()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoFiles.Samples, "bad", "expected.json")));
        return manifest.RootElement.GetProperty("files").EnumerateArray()
            .Select(file => new object?[] { file.GetProperty("file").GetString()!, file.GetProperty("cell").GetString(), file.GetProperty("contains").GetString()! })
            .ToList();
    }

    [ProviderTheory]
    [MemberData(nameof(BadFiles))]
    public async Task Import_RejectsBadFile_WithItsMessage_AndLeavesTheDatabaseUnchanged(StorageProvider provider, string file, string? cell, string fragment)
    {
        using var temp = new TempFolder(provider);
        await SeedAsync(temp);
        var before = DatabaseFingerprint.Of(temp.Db);

        var path = Path.Combine(RepoFiles.Samples, "bad", file);
        var run = await CliRun.InProcessAsync("import", path, "--db", temp.Db);

        Assert.Equal(1, run.ExitCode);
        var line = run.Stdout.Split('\n').FirstOrDefault(l => l.Contains(fragment, StringComparison.Ordinal));
        Assert.True(line is not null, $"no line contains \"{fragment}\" in:\n{run.Stdout}");
        Assert.Contains(file, line, StringComparison.Ordinal);
        if (cell is not null)
        {
            Assert.Contains("sheet 'Data', cell " + cell, line, StringComparison.Ordinal);
        }

        Assert.Contains("rejected, nothing stored", run.Stdout, StringComparison.Ordinal);
        Assert.Equal(before, DatabaseFingerprint.Of(temp.Db));
    }

    [Fact]
    public void SamplesBad_HoldsOneFilePerListedCase()
    {
        var listed = BadFiles().Select(row => (string)row[0]!).Order(StringComparer.Ordinal);
        var present = Directory.GetFiles(Path.Combine(RepoFiles.Samples, "bad"), "*.xlsx").Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(listed, present);
    }

    /// <summary>An empty argument (a shell variable that was not set) is a rejected file, not a crash (it was exit 134).</summary>
    [ProviderTheory]
    public async Task Import_OfAnEmptyArgument_IsRejectedNamingIt_AndTheGoodFileBesideItIsStored(StorageProvider provider)
    {
        using var temp = new TempFolder(provider);
        await SeedAsync(temp);
        // Another month than the seed's: the seed's figures written again would be the version stored, unchanged.
        var good = temp.File("VNPT_2026-02.xlsx");
        await WriteGoodAsync("VNPT", "2026-02", good);
        var submissions = DatabaseFingerprint.Count(temp.Db, "submissions");

        var run = await CliRun.InProcessAsync("import", "", good, "--db", temp.Db);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("(empty name): no file was named: the argument is empty", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("1 stored, 0 unchanged, 1 rejected", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(submissions + 1, DatabaseFingerprint.Count(temp.Db, "submissions"));
    }

    [ProviderTheory]
    public async Task Import_OfAFolderWithOneBadFile_StoresTheGoodOnesAndRejectsOnlyTheBadOne(StorageProvider provider)
    {
        using var temp = new TempFolder(provider);
        var folder = Directory.CreateDirectory(temp.File("mixed")).FullName;
        await WriteGoodAsync("VNPT", "2026-01", Path.Combine(folder, "a.xlsx"));
        File.Copy(Path.Combine(RepoFiles.Samples, "bad", "negative-count.xlsx"), Path.Combine(folder, "b.xlsx"));

        var run = await CliRun.InProcessAsync("import", folder, "--db", temp.Db);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("1 stored, 0 unchanged, 1 rejected", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(1, DatabaseFingerprint.Count(temp.Db, "submissions"));
    }

    [ProviderTheory]
    public async Task Import_CsvWithoutAgencyAndPeriod_IsRejected_AndWithThemIsStored(StorageProvider provider)
    {
        using var temp = new TempFolder(provider);
        var csv = temp.File("vnpt.csv");
        await File.WriteAllTextAsync(csv, "Code,Indicator,Unit,Value,Note\nTEL.PHONE_SUBS,,,\"1.234.567\",\nTEL.MBB_SUBS,,,\"987,654\",\nTEL.FBB_SUBS,,,,\nTEL.REVENUE,,,45000,\nTEL.BUDGET,,,,\nTEL.BTS,,,1200,\n");

        var without = await CliRun.InProcessAsync("import", csv, "--db", temp.Db);
        Assert.Equal(1, without.ExitCode);
        Assert.Contains("--agency", without.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, DatabaseFingerprint.Count(temp.Db, "submissions"));

        var with = await CliRun.InProcessAsync("import", csv, "--agency", "VNPT", "--period", "2026-01", "--db", temp.Db);
        Assert.True(with.ExitCode == 0, with.All);
        var stored = await CliRun.InProcessAsync("submissions", "--id", "1", "--format", "json", "--db", temp.Db);
        var values = JsonDocument.Parse(stored.Stdout).RootElement.EnumerateArray().ToDictionary(v => v.GetProperty("indicator").GetString()!, v => v.GetProperty("value").GetDecimal());
        Assert.Equal(1_234_567m, values["TEL.PHONE_SUBS"]);
        Assert.Equal(987_654m, values["TEL.MBB_SUBS"]);
        Assert.False(values.ContainsKey("TEL.FBB_SUBS"));
    }

    [ProviderTheory]
    public async Task Import_WhenAgencyOptionContradictsTheFile_IsRejected(StorageProvider provider)
    {
        using var temp = new TempFolder(provider);
        var file = temp.File("vnpt.xlsx");
        await WriteGoodAsync("VNPT", "2026-01", file);

        var run = await CliRun.InProcessAsync("import", file, "--agency", "VIETTEL", "--db", temp.Db);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("VIETTEL", run.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, DatabaseFingerprint.Count(temp.Db, "submissions"));
    }

    [ProviderTheory]
    public async Task Import_FileNamedForAnotherPeriod_IsNotApplied_SaysHowToConfirm_AndIsStoredWhenConfirmed(StorageProvider provider)
    {
        using var temp = new TempFolder(provider);
        await SeedAsync(temp);
        var copy = temp.File("VNPT_2026-09.xlsx");
        await WriteGoodAsync("VNPT", "2026-08", copy);
        var before = DatabaseFingerprint.Of(temp.Db);

        var refused = await CliRun.InProcessAsync("import", copy, "--db", temp.Db);

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("sheet 'Data', cell B3: the file name VNPT_2026-09.xlsx says period 2026-09 but the workbook is for 2026-08 (cell B3)", refused.Stdout, StringComparison.Ordinal);
        Assert.Contains($"to store it as VNPT 2026-08 all the same: reporting import \"{copy}\" --agency VNPT --period 2026-08", refused.Stdout, StringComparison.Ordinal);
        Assert.Equal(before, DatabaseFingerprint.Of(temp.Db));

        var confirmed = await CliRun.InProcessAsync("import", copy, "--agency", "VNPT", "--period", "2026-08", "--db", temp.Db);

        Assert.True(confirmed.ExitCode == 0, confirmed.All);
        Assert.Contains("stored VNPT 2026-08 as version 1", confirmed.Stdout, StringComparison.Ordinal);
    }

    [ProviderTheory]
    public async Task Import_OfAFolderWithALinkToItsParent_ReadsEachFileOnce(StorageProvider provider)
    {
        using var temp = new TempFolder(provider);
        var folder = Directory.CreateDirectory(temp.File("inbox")).FullName;
        await WriteGoodAsync("VNPT", "2026-01", Path.Combine(folder, "VNPT_2026-01.xlsx"));
        Directory.CreateSymbolicLink(Path.Combine(folder, "loop"), folder);

        var run = await CliRun.InProcessAsync("import", folder, "--db", temp.Db);

        Assert.True(run.ExitCode == 0, run.All);
        Assert.Contains("1 file(s): 1 stored, 0 unchanged, 0 rejected", run.Stderr, StringComparison.Ordinal);
    }

    internal static async Task WriteGoodAsync(string agency, string period, string path)
    {
        var values = new SyntheticProvince(RepoFiles.Catalog, RepoFiles.Directory).ValuesFor(RepoFiles.Directory[agency], Core.Periods.PeriodId.Parse(period));
        await using var stream = File.Create(path);
        new Excel.Templates.SubmissionTemplateWriter(RepoFiles.Catalog).Write(RepoFiles.Directory[agency], Core.Periods.PeriodId.Parse(period), Core.Catalog.Language.Vietnamese, stream, values);
    }

    /// <summary>A database that already holds a submission, so "unchanged" means something.</summary>
    private static async Task SeedAsync(TempFolder temp)
    {
        var good = temp.File("seed.xlsx");
        await WriteGoodAsync("VNPT", "2026-01", good);
        var run = await CliRun.InProcessAsync("import", good, "--db", temp.Db, "--templates", RepoFiles.Templates);
        Assert.True(run.ExitCode == 0, run.All);
    }
}
