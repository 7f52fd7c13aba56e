using System.Text.Json;
using ClosedXML.Excel;
using Reporting.Testing;

namespace Reporting.Cli.Tests;

/// <summary>template -> fill -> import -> summary through the real `reporting` program and a real SQLite file.</summary>
public sealed class EndToEndTests
{
    private static readonly string[] Operators = ["VNPT", "VIETTEL"];

    // Figures typed by "agency staff" in this test; expectations below are computed from these formulas alone.
    private static decimal Revenue(string agency, int year, int month) => (agency == "VNPT" ? 40_000m : 55_000m) + (year == 2026 ? 6_000m : 0m) + (month * 125m);

    private static decimal Subscribers(string agency, int year, int month) => (agency == "VNPT" ? 300_000m : 410_000m) + ((year - 2025) * 12_000m) + (month * 900m);

    [ProviderTheory]
    public async Task TemplateFillImportSummary_ThroughTheProgram_MatchesFiguresComputedByHand(StorageProvider provider)
    {
        using var temp = new TempFolder(provider);
        var inbox = Directory.CreateDirectory(temp.File("inbox")).FullName;
        var init = await CliRun.ProgramAsync(temp.Path, "init", "--db", temp.Db, "--templates", RepoFiles.Templates);
        Assert.True(init.ExitCode == 0, init.All);

        foreach (var agency in Operators)
        {
            foreach (var year in new[] { 2025, 2026 })
            {
                for (var month = 1; month <= 6; month++)
                {
                    var file = Path.Combine(inbox, $"{agency}_{year}-{month:D2}.xlsx");
                    var template = await CliRun.InProcessAsync("template", "--db", temp.Db, "--agency", agency, "--period", $"{year}-{month:D2}", "--out", file);
                    Assert.True(template.ExitCode == 0, template.All);
                    Fill(file, new() { ["TEL.REVENUE"] = Revenue(agency, year, month), ["TEL.MBB_SUBS"] = Subscribers(agency, year, month) });
                }
            }
        }

        var import = await CliRun.ProgramAsync(temp.Path, "import", inbox, "--db", temp.Db);
        Assert.True(import.ExitCode == 0, import.All);
        Assert.Contains("24 stored", import.All, StringComparison.Ordinal);

        var summary = await CliRun.ProgramAsync(temp.Path, "summary", "--period", "2026-H1", "--format", "json", "--db", temp.Db);
        Assert.True(summary.ExitCode == 0, summary.All);
        var rows = JsonDocument.Parse(summary.Stdout).RootElement.EnumerateArray().ToDictionary(r => r.GetProperty("code").GetString()!);

        var revenue2026 = Operators.Sum(a => Enumerable.Range(1, 6).Sum(m => Revenue(a, 2026, m)));
        var revenue2025 = Operators.Sum(a => Enumerable.Range(1, 6).Sum(m => Revenue(a, 2025, m)));
        var revenue = rows["TEL.REVENUE"];
        Assert.Equal(revenue2026, revenue.GetProperty("value").GetDecimal());
        Assert.Equal(revenue2025, revenue.GetProperty("compareValue").GetDecimal());
        Assert.Equal(Math.Round((revenue2026 - revenue2025) / revenue2025 * 100, 2, MidpointRounding.AwayFromZero), revenue.GetProperty("change").GetDecimal());
        Assert.Equal("%", revenue.GetProperty("changeUnit").GetString());
        Assert.Equal(2, revenue.GetProperty("reported").GetInt32());

        // A stock takes June's value, summed over the two operators.
        var subscribers = rows["TEL.MBB_SUBS"];
        Assert.Equal(Operators.Sum(a => Subscribers(a, 2026, 6)), subscribers.GetProperty("value").GetDecimal());
        Assert.Equal(Operators.Sum(a => Subscribers(a, 2025, 6)), subscribers.GetProperty("compareValue").GetDecimal());

        // Not reported stays "not reported", never zero.
        Assert.Equal(JsonValueKind.Null, rows["TEL.FBB_SUBS"].GetProperty("value").ValueKind);
    }

    private static void Fill(string path, Dictionary<string, decimal> values)
    {
        using var book = new XLWorkbook(path);
        var sheet = book.Worksheet("Data");
        foreach (var row in sheet.RowsUsed())
        {
            if (values.TryGetValue(row.Cell(1).GetString(), out var value))
            {
                row.Cell(4).Value = value;
            }
        }

        book.Save();
    }
}
