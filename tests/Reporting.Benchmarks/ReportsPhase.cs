using System.Diagnostics;
using Reporting.Core.Catalog;
using Reporting.Core.Reports;
using Reporting.Excel.Reports;
using Reporting.Pdf;
using Reporting.Workflows;
using Reporting.Workflows.Reports;

namespace Reporting.Benchmarks;

/// <summary>
/// The reports goal: the H1 2026 workbook and PDF (with its charts) from the big database, aggregation, Excel and PDF
/// timed apart. The writers are called one by one, as PeriodReports.WriteAsync and ReportWriter.Write do (the model's
/// sources collected before them, inside the aggregation's time), so each can be timed. The Word document
/// ReportWriter.Write also writes is not timed here (about 40 ms for the sample province's model, charts apart).
/// </summary>
internal static class ReportsPhase
{
    public const string Aggregation = "aggregation (ReportModelQuery.BuildAsync)";
    public const string Excel = "Excel (ReportWorkbookWriter.Write)";
    public const string Pdf = "PDF (LeaderSummaryPdf.Write + ReportCharts.WriteAll)";

    /// <summary>The run after the warm-up: the figures kept are forgotten before it.</summary>
    private const int NothingKeptRun = 1;

    /// <summary>
    /// Warm-up, then a run with nothing kept, which reads the trend's earlier periods and keeps them (the first report
    /// on a database, or after files of those months; in the note), then the median of 3 of each step, which find them
    /// kept as every later report does; the phase's seconds are the sum of the three medians.
    /// </summary>
    public static async Task<PhaseResult> RunAsync(BenchmarkOptions options, BenchmarkDatabase database)
    {
        await using var workspace = await ReportingWorkspace.OpenAsync(new DatabaseOpening(database.Location, DatabaseAccess.Upgrade) { Templates = options.Templates });
        var query = new ReportModelQuery(workspace);
        Directory.CreateDirectory(options.ReportsDirectory);
        var name = Path.Combine(options.ReportsDirectory, $"{SummaryPhase.Period}-{database.Provider}-{database.Name}");
        var steps = new Dictionary<string, List<double>> { [Aggregation] = [], [Excel] = [], [Pdf] = [] };
        var (workbookBytes, pdfBytes, charts) = (0L, 0L, 0);
        var (firstAggregation, firstTotal) = (0d, 0d);
        string? excelError = null;
        using var memory = new MemorySampler();
        for (var run = 0; run <= Timing.Runs + 1; run++)
        {
            if (run == NothingKeptRun)
            {
                await database.ForgetKeptFiguresAsync();
            }

            // As in Timing.MedianAsync: each run starts from the same heap, the previous run's model gone.
            await Timing.FreshStackAsync();
            Timing.CollectGarbage();
            var once = await RunOnceAsync(query, name, options.ReportsDirectory, step => memory.Label = $"{step} {run}");
            (workbookBytes, pdfBytes, charts) = (once.WorkbookBytes, once.PdfBytes, once.Charts);
            excelError ??= once.ExcelError;

            // Run 0 is the warm-up.
            if (run == NothingKeptRun)
            {
                (firstAggregation, firstTotal) = (once.Aggregation, once.Aggregation + once.Excel + once.Pdf);
            }
            else if (run > NothingKeptRun)
            {
                steps[Aggregation].Add(once.Aggregation);
                steps[Excel].Add(once.Excel);
                steps[Pdf].Add(once.Pdf);
            }
        }

        // A failed step is NaN, and so is the total: the parent reports the failure.
        var splits = steps.ToDictionary(s => s.Key, s => Timing.Median(s.Value));
        var workbook = excelError ?? $"workbook {workbookBytes / 1e6:F1} MB";
        var peaks = string.Join(", ", memory.Peaks.Where(p => p.Key != "start").Select(p => $"{p.Key} {p.Value.Resident:F0} ({p.Value.Managed:F0} managed)"));
        return new PhaseResult(
            splits.Values.Sum(), splits, $"a report finding nothing kept (run 1, after the warm-up): {firstTotal:F2} s, aggregation {firstAggregation:F2} s; {workbook}; PDF {pdfBytes / 1e6:F1} MB, {charts} chart files, in {options.ReportsDirectory}; peak MB by step and run (0 = warm-up, 1 = nothing kept): {peaks}");
    }

    private static async Task<RunTimes> RunOnceAsync(ReportModelQuery query, string name, string reportsDirectory, Action<string> starting)
    {
        starting("aggregation");
        var clock = Stopwatch.StartNew();
        var model = await query.BuildAsync(SummaryPhase.Period, null, Language.Vietnamese);
        PeriodReports.ReleaseModelSources();
        var aggregation = clock.Elapsed.TotalSeconds;

        starting("Excel");
        clock.Restart();
        var (excel, workbookBytes) = (double.NaN, 0L);
        string? excelError = null;
        try
        {
            using var stream = File.Create(name + ".xlsx");
            new ReportWorkbookWriter().Write(model, stream);
            workbookBytes = stream.Length;
            excel = clock.Elapsed.TotalSeconds;
        }
        catch (ArgumentException ex)
        {
            // A workbook the writer cannot make at this size is a finding to report, not a reason to skip the PDF.
            excelError = $"the workbook failed after {clock.Elapsed.TotalSeconds:F1} s: {ex.GetType().Name}: {ex.Message}";
        }

        starting("PDF");
        clock.Restart();
        long pdfBytes;
        using (var stream = File.Create(name + ".pdf"))
        {
            new LeaderSummaryPdf().Write(model, stream);
            pdfBytes = stream.Length;
        }

        var charts = new ReportCharts().WriteAll(model, Path.Combine(reportsDirectory, "charts")).Count;
        return new RunTimes(aggregation, excel, clock.Elapsed.TotalSeconds, workbookBytes, pdfBytes, charts, excelError);
    }

    private sealed record RunTimes(double Aggregation, double Excel, double Pdf, long WorkbookBytes, long PdfBytes, int Charts, string? ExcelError);
}
