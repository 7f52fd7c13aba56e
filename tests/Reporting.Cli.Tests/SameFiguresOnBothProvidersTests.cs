using System.Diagnostics;
using System.Globalization;
using ClosedXML.Excel;
using Reporting.Testing;

namespace Reporting.Cli.Tests;

/// <summary>
/// The main job (import the sample province, print the six-month summary, write the reports) gives the same figures on
/// SQLite and on PostgreSQL: byte-identical summary JSON and a workbook whose every cell is the same.
/// </summary>
public sealed class SameFiguresOnBothProvidersTests
{
    [PostgresFact]
    public async Task SampleProvince_GivesIdenticalSummaryJson_AndWorkbookCells_OnSqliteAndPostgreSql()
    {
        using var temp = new TempFolder();
        var samples = temp.File("samples");
        await GenerateSampleProvinceAsync(samples);
        var province = Path.Combine(samples, "province");
        Assert.True(Directory.GetFiles(province, "*.xlsx", SearchOption.AllDirectories).Length > 1000, "the sample province was not generated");

        using var postgres = new TempFolder(StorageProvider.PostgreSql);
        var sqlite = await RunMainJobAsync(temp.File("sample.db"), province, temp.File("reports-sqlite"));
        var server = await RunMainJobAsync(postgres.Db, province, temp.File("reports-postgresql"));

        Assert.Equal(sqlite.Import, server.Import);
        Assert.Equal(sqlite.SummaryJson, server.SummaryJson);
        Assert.Contains("\"TEL.REVENUE\"", sqlite.SummaryJson, StringComparison.Ordinal);
        var (sqliteCells, serverCells) = (Cells(sqlite.Workbook), Cells(server.Workbook));
        Assert.True(sqliteCells.Count > 500, $"only {sqliteCells.Count} cells in the workbook");
        Assert.Equal(sqliteCells, serverCells);
        Assert.True(new FileInfo(server.Pdf).Length > 10_000);
    }

    private sealed record MainJob(string Import, string SummaryJson, string Workbook, string Pdf);

    /// <summary>What scripts/run-sample.sh does, on <paramref name="db"/>.</summary>
    private static async Task<MainJob> RunMainJobAsync(string db, string province, string reports)
    {
        var init = await CliRun.InProcessAsync("init", "--db", db);
        Assert.True(init.ExitCode == 0, init.All);
        var import = await CliRun.InProcessAsync("import", province, "--db", db);
        Assert.True(import.ExitCode == 0, import.All);
        var summary = await CliRun.InProcessAsync("summary", "--period", "2026-H1", "--format", "json", "--db", db);
        Assert.True(summary.ExitCode == 0, summary.All);
        var report = await CliRun.InProcessAsync("report", "--period", "2026-H1", "--out", reports, "--db", db);
        Assert.True(report.ExitCode == 0, report.All);
        return new MainJob(
            ImportTotals(import.Stdout),
            summary.Stdout,
            Path.Combine(reports, "2026-H1.xlsx"),
            Path.Combine(reports, "2026-H1.pdf"));
    }

    /// <summary>The import's closing counts (stored, rejected, ...): its per-file lines name the database, which differs.</summary>
    private static string ImportTotals(string stdout) =>
        string.Join('\n', stdout.Split('\n').Where(l => l.Contains("stored", StringComparison.Ordinal) && !l.Contains(".xlsx", StringComparison.Ordinal)));

    /// <summary>Every non-empty cell of every sheet: sheet!address = value (as stored: number, text, date).</summary>
    private static List<string> Cells(string workbook)
    {
        using var book = new XLWorkbook(workbook);
        return book.Worksheets
            .SelectMany(sheet => sheet.CellsUsed().Select(c => $"{sheet.Name}!{c.Address} = {c.DataType} {Convert.ToString(c.Value, CultureInfo.InvariantCulture)}"))
            .ToList();
    }

    private static async Task GenerateSampleProvinceAsync(string samples)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "Reporting.SampleGenerator.dll"), "province", "--out", samples })
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, await output);
    }
}
