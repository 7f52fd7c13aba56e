using System.Text.Json;
using Reporting.Testing;

namespace Reporting.Cli.Tests.Deadlines;

/// <summary>An import of past files says when each agency sent it: --received-at, or a manifest file,received_at.</summary>
public sealed class ReceivedAtTests
{
    [ProviderTheory]
    public async Task Import_WithReceivedAt_StoresThatMomentOnTheProvincesClock(StorageProvider provider)
    {
        using var temp = new TempFolder(provider);
        var january = temp.File("VNPT_2026-01.xlsx");
        var february = temp.File("VNPT_2026-02.xlsx");
        await RejectedFileTests.WriteGoodAsync("VNPT", "2026-01", january);
        await RejectedFileTests.WriteGoodAsync("VNPT", "2026-02", february);

        var vietnamese = await CliRun.InProcessAsync("import", january, "--received-at", "05/02/2026", "--db", temp.Db);
        var iso = await CliRun.InProcessAsync("import", february, "--received-at", "2026-03-04 14:30", "--db", temp.Db);

        Assert.Equal((0, 0), (vietnamese.ExitCode, iso.ExitCode));
        var received = await ReceivedTimesAsync(temp.Db);
        Assert.Equal(new DateTimeOffset(2026, 2, 5, 0, 0, 0, TimeSpan.FromHours(7)), received["VNPT_2026-01.xlsx"]);
        Assert.Equal(new DateTimeOffset(2026, 3, 4, 14, 30, 0, TimeSpan.FromHours(7)), received["VNPT_2026-02.xlsx"]);
    }

    [ProviderTheory]
    public async Task Import_WithAReceivedAtThatIsNoDate_IsAUsageError_AndStoresNothing(StorageProvider provider)
    {
        using var temp = new TempFolder(provider);
        var file = temp.File("VNPT_2026-01.xlsx");
        await RejectedFileTests.WriteGoodAsync("VNPT", "2026-01", file);
        await CliRun.InProcessAsync("init", "--db", temp.Db);
        var before = DatabaseFingerprint.Of(temp.Db);

        var run = await CliRun.InProcessAsync("import", file, "--received-at", "31/02/2026", "--db", temp.Db);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--received-at 31/02/2026: not a date", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, DatabaseFingerprint.Of(temp.Db));
    }

    [ProviderTheory]
    public async Task Import_OfAFolderWithAManifest_StoresEachFilesReceivedTime(StorageProvider provider)
    {
        using var temp = new TempFolder(provider);
        var folder = Directory.CreateDirectory(temp.File("archive")).FullName;
        Directory.CreateDirectory(Path.Combine(folder, "2026-01"));
        await RejectedFileTests.WriteGoodAsync("VNPT", "2026-01", Path.Combine(folder, "2026-01", "VNPT_2026-01.xlsx"));
        await RejectedFileTests.WriteGoodAsync("VIETTEL", "2026-01", Path.Combine(folder, "2026-01", "VIETTEL_2026-01.xlsx"));
        await File.WriteAllTextAsync(Path.Combine(folder, "manifest.csv"), "file,received_at\n2026-01/VNPT_2026-01.xlsx,16/01/2026 09:15\n2026-01/VIETTEL_2026-01.xlsx,2026-01-23\n");

        var run = await CliRun.InProcessAsync("import", folder, "--db", temp.Db);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("2 stored", run.Stderr, StringComparison.Ordinal);
        var received = await ReceivedTimesAsync(temp.Db);
        Assert.Equal(2, received.Count);
        Assert.Equal(new DateTimeOffset(2026, 1, 16, 9, 15, 0, TimeSpan.FromHours(7)), received["VNPT_2026-01.xlsx"]);
        Assert.Equal(new DateTimeOffset(2026, 1, 23, 0, 0, 0, TimeSpan.FromHours(7)), received["VIETTEL_2026-01.xlsx"]);
    }

    [ProviderTheory]
    public async Task Import_WithAManifestRowThatCannotBeUsed_IsRefused_NamingLineAndColumn_AndImportsNothing(StorageProvider provider)
    {
        using var temp = new TempFolder(provider);
        var folder = Directory.CreateDirectory(temp.File("archive")).FullName;
        await RejectedFileTests.WriteGoodAsync("VNPT", "2026-01", Path.Combine(folder, "VNPT_2026-01.xlsx"));
        await RejectedFileTests.WriteGoodAsync("VIETTEL", "2026-01", Path.Combine(folder, "VIETTEL_2026-01.xlsx"));
        var manifest = temp.File("sent.csv");
        await File.WriteAllTextAsync(manifest, $"file,received_at\n{Path.GetFileName(folder)}/VNPT_2026-01.xlsx,16/01/2026\n{Path.GetFileName(folder)}/VIETTEL_2026-01.xlsx,31/02/2026\n{Path.GetFileName(folder)}/SYT_2026-01.xlsx,20/01/2026\n");
        await CliRun.InProcessAsync("init", "--db", temp.Db);
        var before = DatabaseFingerprint.Of(temp.Db);

        var run = await CliRun.InProcessAsync("import", folder, "--manifest", manifest, "--db", temp.Db);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("sent.csv, line 3, column received_at: '31/02/2026' is not a date", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("sent.csv, line 4, column file: 'archive/SYT_2026-01.xlsx' is not in", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("nothing imported", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, DatabaseFingerprint.Of(temp.Db));
    }

    [ProviderTheory]
    public async Task Import_WithAManifestWithoutItsHeader_IsRefused_NamingLineOne(StorageProvider provider)
    {
        using var temp = new TempFolder(provider);
        var folder = Directory.CreateDirectory(temp.File("archive")).FullName;
        await RejectedFileTests.WriteGoodAsync("VNPT", "2026-01", Path.Combine(folder, "VNPT_2026-01.xlsx"));
        await File.WriteAllTextAsync(Path.Combine(folder, "manifest.csv"), "VNPT_2026-01.xlsx,16/01/2026\n");
        await CliRun.InProcessAsync("init", "--db", temp.Db);

        var run = await CliRun.InProcessAsync("import", folder, "--db", temp.Db);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("manifest.csv, line 1, column file: the first line must be the header file,received_at", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, DatabaseFingerprint.Count(temp.Db, "submissions"));
    }

    /// <summary>Each stored file's received time, as `reporting submissions --format json` says it.</summary>
    private static async Task<Dictionary<string, DateTimeOffset>> ReceivedTimesAsync(string db)
    {
        var run = await CliRun.InProcessAsync("submissions", "--format", "json", "--db", db);
        return JsonDocument.Parse(run.Stdout).RootElement.EnumerateArray()
            .ToDictionary(s => s.GetProperty("file").GetString()!, s => s.GetProperty("receivedAt").GetDateTimeOffset());
    }
}
