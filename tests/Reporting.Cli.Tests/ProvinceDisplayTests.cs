using Reporting.Testing;
using System.Globalization;
using System.Text.Json;

namespace Reporting.Cli.Tests;

/// <summary>What a person reads on the command line: times on the province's clock, yes/no answers as Có/Không.</summary>
public class ProvinceDisplayTests
{
    private static readonly TimeZoneInfo Vietnam = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

    [ProviderTheory]
    public async Task Submissions_ShowWhenEachFileArrived_OnTheProvincesClock(StorageProvider provider)
    {
        using var temp = new TempFolder(provider);
        var file = temp.File("VNPT_2026-01.xlsx");
        await RejectedFileTests.WriteGoodAsync("VNPT", "2026-01", file);
        var before = TimeProvider.System.GetUtcNow();
        await CliRun.InProcessAsync("import", file, "--db", temp.Db);
        var after = TimeProvider.System.GetUtcNow();

        var table = await CliRun.InProcessAsync("submissions", "--db", temp.Db);
        var json = await CliRun.InProcessAsync("submissions", "--format", "json", "--db", temp.Db);

        // The minute the file arrived, as a clock in the province read it (the import took less than a minute or so).
        var shown = new[] { before, after }.Select(t => TimeZoneInfo.ConvertTime(t, Vietnam).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture)).ToList();
        Assert.True(shown.Any(s => table.Stdout.Contains(s, StringComparison.Ordinal)), $"expected {string.Join(" or ", shown)} in:\n{table.Stdout}");
        var received = JsonDocument.Parse(json.Stdout).RootElement.EnumerateArray().Single().GetProperty("receivedAt").GetDateTimeOffset();
        Assert.Equal(TimeSpan.FromHours(7), received.Offset);
        Assert.InRange(received, before.AddSeconds(-1), after.AddSeconds(1));
    }

    [ProviderTheory]
    public async Task SummaryByAgency_AndTrace_ShowAnAgencysYesNoAnswer_AsCoOrKhong_AndTheProvinceTheShare(StorageProvider provider)
    {
        using var temp = new TempFolder(provider);
        foreach (var (agency, answer) in new[] { ("VPUBND", "Có"), ("SNV", "Không") })
        {
            var csv = temp.File($"{agency}.csv");
            var rows = Testing.RepoFiles.Directory[agency].Indicators.Select(code => code switch
            {
                "EDOC.CONNECTED" => $"{code},,,{answer},",
                "EDOC.SENT" => $"{code},,,120,",
                _ => $"{code},,,,",
            });
            await File.WriteAllTextAsync(csv, "Code,Indicator,Unit,Value,Note\n" + string.Join("\n", rows) + "\n");
            var import = await CliRun.InProcessAsync("import", csv, "--agency", agency, "--period", "2026-01", "--db", temp.Db);
            Assert.True(import.ExitCode == 0, import.All);
        }

        var byAgency = await CliRun.InProcessAsync("summary", "--period", "2026-01", "--by", "agency", "--db", temp.Db);
        var province = await CliRun.InProcessAsync("summary", "--period", "2026-01", "--db", temp.Db);
        var trace = await CliRun.InProcessAsync("trace", "--period", "2026-01", "--indicator", "EDOC.CONNECTED", "--db", temp.Db);

        // Columns: agency, code, name, unit, value, ...; the trace's last column is the value.
        Assert.Equal("Có", Cells(byAgency.Stdout, "VPUBND", "EDOC.CONNECTED")[4]);
        Assert.Equal("Không", Cells(byAgency.Stdout, "SNV", "EDOC.CONNECTED")[4]);
        Assert.Equal("50,00 *", Cells(province.Stdout, "EDOC.CONNECTED")[3]); // a share of the two that answered; others owed it
        Assert.Equal("Có", Cells(trace.Stdout, "EDOC.CONNECTED", "VPUBND")[^1]);
        Assert.Equal("Không", Cells(trace.Stdout, "EDOC.CONNECTED", "SNV")[^1]);
    }

    /// <summary>The cells of the one table row holding every word.</summary>
    private static string[] Cells(string output, params string[] words) =>
        output.Split('\n').Single(l => l.Contains('│', StringComparison.Ordinal) && words.All(w => l.Contains(w, StringComparison.Ordinal)))
            .Split('│', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
