using System.Text.Json;
using Reporting.Testing;

namespace Reporting.Cli.Tests;

/// <summary>The commands' contracts: help, listings in JSON, missing agencies, traces, bad arguments.</summary>
public sealed class CommandTests
{
    [Theory]
    [InlineData("init")]
    [InlineData("agencies")]
    [InlineData("indicators")]
    [InlineData("template")]
    [InlineData("import")]
    [InlineData("summary")]
    [InlineData("missing")]
    [InlineData("remind")]
    [InlineData("trace")]
    [InlineData("report")]
    [InlineData("submissions")]
    public async Task Help_ForEveryCommand_PrintsUsageAndTheDbOption(string command)
    {
        var run = await CliRun.InProcessAsync(command, "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("reporting " + command, run.Stdout, StringComparison.Ordinal);
        Assert.Contains("--db PATH", run.Stdout, StringComparison.Ordinal);
    }

    [ProviderTheory]
    public async Task Agencies_AsJson_ListsEveryAgencyWithIsoDatesAndNothingElseOnStdout(StorageProvider provider)
    {
        using var temp = new TempFolder(provider);
        await CliRun.InProcessAsync("init", "--db", temp.Db);
        var run = await CliRun.InProcessAsync("agencies", "--format", "json", "--db", temp.Db);

        Assert.Equal(0, run.ExitCode);
        var agencies = JsonDocument.Parse(run.Stdout).RootElement.EnumerateArray().ToList();
        Assert.Equal(RepoFiles.Directory.Agencies.Count, agencies.Count);
        var merged = agencies.First(a => a.GetProperty("activeUntil").ValueKind == JsonValueKind.String && a.GetProperty("group").GetString() == "commune");
        Assert.Equal("2025-06-30", merged.GetProperty("activeUntil").GetString());
        foreach (var field in new[] { "code", "name", "group", "frequency", "indicators", "activeFrom", "activeUntil" })
        {
            Assert.True(agencies[0].TryGetProperty(field, out _), field);
        }

        Assert.Contains(agencies, a => a.GetProperty("name").GetString()!.Contains("Sở Khoa học và Công nghệ", StringComparison.Ordinal));
    }

    [ProviderTheory]
    public async Task Indicators_AsJson_ListsTheCatalogWithRules(StorageProvider provider)
    {
        using var temp = new TempFolder(provider);
        await CliRun.InProcessAsync("init", "--db", temp.Db);
        var run = await CliRun.InProcessAsync("indicators", "--format", "json", "--db", temp.Db);

        var indicators = JsonDocument.Parse(run.Stdout).RootElement.EnumerateArray().ToDictionary(i => i.GetProperty("code").GetString()!);
        Assert.True(indicators.Count >= 30);
        Assert.Equal("stock", indicators["TEL.MBB_SUBS"].GetProperty("overTime").GetString());
        Assert.Equal("REC.ONLINE / (REC.ONLINE + REC.DIRECT) * 100", indicators["REC.ONLINE_RATE"].GetProperty("formula").GetString());
    }

    [ProviderTheory]
    public async Task Missing_ListsAgenciesWithoutASubmission(StorageProvider provider)
    {
        using var temp = new TempFolder(provider);
        var file = temp.File("VNPT_2026-01.xlsx");
        await RejectedFileTests.WriteGoodAsync("VNPT", "2026-01", file);
        await CliRun.InProcessAsync("import", file, "--db", temp.Db);

        var run = await CliRun.InProcessAsync("missing", "--period", "2026-01", "--format", "json", "--db", temp.Db);

        var missing = JsonDocument.Parse(run.Stdout).RootElement.EnumerateArray().Select(m => m.GetProperty("code").GetString()).ToList();
        var expected = RepoFiles.Directory.ActiveDuring(Core.Periods.PeriodId.Parse("2026-01"))
            .Where(a => a.Frequency == Core.Agencies.ReportingFrequency.Monthly && a.Code != "VNPT")
            .Select(a => a.Code).ToList();
        Assert.Equal(expected.Order(StringComparer.Ordinal), missing.Order(StringComparer.Ordinal));
    }

    [ProviderTheory]
    public async Task Trace_ListsTheCellsAFigureCameFrom(StorageProvider provider)
    {
        using var temp = new TempFolder(provider);
        var file = temp.File("VNPT_2026-01.xlsx");
        await RejectedFileTests.WriteGoodAsync("VNPT", "2026-01", file);
        await CliRun.InProcessAsync("import", file, "--db", temp.Db);

        var run = await CliRun.InProcessAsync("trace", "--period", "2026-01", "--indicator", "TEL.REVENUE", "--format", "json", "--db", temp.Db);

        var trace = JsonDocument.Parse(run.Stdout).RootElement;
        var source = trace.GetProperty("sources").EnumerateArray().Single();
        Assert.Equal("VNPT", source.GetProperty("agency").GetString());
        Assert.Equal("VNPT_2026-01.xlsx", source.GetProperty("file").GetString());
        Assert.StartsWith("D", source.GetProperty("cell").GetString(), StringComparison.Ordinal);
        Assert.Equal(trace.GetProperty("value").GetDecimal(), source.GetProperty("value").GetDecimal());
    }

    [ProviderTheory]
    public async Task Summary_ReadsAPeriodAsStaffWriteIt_AndRefusesOneThatIsNone_SayingHow(StorageProvider provider)
    {
        using var temp = new TempFolder(provider);
        var vnpt = temp.File("VNPT_2026-03.xlsx");
        await RejectedFileTests.WriteGoodAsync("VNPT", "2026-03", vnpt);
        Assert.Equal(0, (await CliRun.InProcessAsync("import", vnpt, "--db", temp.Db)).ExitCode);

        var strict = await CliRun.InProcessAsync("summary", "--period", "2026-Q1", "--compare", "2025-Q1", "--format", "csv", "--db", temp.Db);
        Assert.Equal(0, strict.ExitCode);
        foreach (var (period, compare) in new[] { ("quý I năm 2026", "Q1/2025"), ("Quý 1/2026", "quy 1 nam 2025"), ("q1 2026", "2025-q1") })
        {
            var written = await CliRun.InProcessAsync("summary", "--period", period, "--compare", compare, "--format", "csv", "--db", temp.Db);
            Assert.Equal(0, written.ExitCode);
            Assert.Equal(strict.Stdout, written.Stdout);
        }

        var month = await CliRun.InProcessAsync("summary", "--period", "tháng 3/2026", "--format", "csv", "--db", temp.Db);
        Assert.Equal((await CliRun.InProcessAsync("summary", "--period", "2026-03", "--format", "csv", "--db", temp.Db)).Stdout, month.Stdout);

        var refused = await CliRun.InProcessAsync("summary", "--period", "quý 5/2026", "--db", temp.Db);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("--period quý 5/2026: 'quý 5/2026' is not a period: write 2026-06 or 6/2026 (month), 2026-Q2 or quý 2/2026 (quarter)", refused.Stderr, StringComparison.Ordinal);
    }

    [ProviderTheory]
    [InlineData("summary", "--period", "2026-H3")]
    [InlineData("summary", "--period", "2026-H1", "--by", "district")]
    [InlineData("summary", "--perid", "2026-H1")]
    [InlineData("template", "--agency", "VNPT", "--period", "2026-Q1", "--out", "x.xlsx")]
    public async Task BadArguments_AreRejectedWithExitCode2AndAMessage(StorageProvider provider, params string[] args)
    {
        using var temp = new TempFolder(provider);
        await CliRun.InProcessAsync("init", "--db", temp.Db);
        var run = await CliRun.InProcessAsync([.. args, "--db", temp.Db]);

        Assert.Equal(2, run.ExitCode);
        Assert.False(string.IsNullOrWhiteSpace(run.Stderr));
    }
}
