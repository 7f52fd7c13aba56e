using System.Globalization;
using System.Runtime.InteropServices;

namespace Reporting.Benchmarks;

/// <summary>Prints the method, one Markdown table of the phases with their ratios, the goals with PASS or MISS, and the splits.</summary>
internal static class ResultTable
{
    private const double ImportGoalSeconds = 20;
    private const double ImportGoalRatio = 2;
    private const double SummaryGoalSeconds = 1;
    private const double SummaryGoalRatio = 2;
    private const double MemoryGoalMegabytes = 500;
    private const double ReportsGoalSeconds = 5;

    /// <summary>The 1-minute load average (/proc/loadavg): other work on the machine skews every figure.</summary>
    public static string LoadAverage()
    {
        const string loadavg = "/proc/loadavg";
        return File.Exists(loadavg) ? File.ReadAllText(loadavg).Split(' ')[0] : "unknown";
    }

    public static void Print(BenchmarkOptions options, IReadOnlyDictionary<string, PhaseResult?> results, string loadBefore, string loadAfter)
    {
        PhaseResult? Get(string phase) => results.GetValueOrDefault(phase);
        var import = Get(Phases.Import);
        var excelDataReader = Get(Phases.ExcelDataReader);
        var sax = Get(Phases.Sax);
        var summary = Get(Phases.Summary);
        var groupBy = Get(Phases.GroupBy);
        var groupByRollups = Get(Phases.GroupByRollups);
        var reports = Get(Phases.Reports);
        var (summary10, groupBy10, reports10) = (Get(Phases.SummaryTenYears), Get(Phases.GroupByTenYears), Get(Phases.ReportsTenYears));
        var plain = new[] { excelDataReader, sax }.Where(r => r is not null).Select(r => r!.Seconds).DefaultIfEmpty(double.NaN).Min();
        var importRatio = (import?.Seconds ?? double.NaN) / plain;
        var summaryRatio = (summary?.Seconds ?? double.NaN) / (groupBy?.Seconds ?? double.NaN);

        Console.WriteLine();
        Console.WriteLine("### Method");
        Console.WriteLine();
        Console.WriteLine($"- Machine: {Environment.ProcessorCount} cores (nproc), {Cpu()}, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, Release build; "
            + $"load average {loadBefore} before the phases, {loadAfter} after (2 cores: above 2 means other work ran alongside).");
        Console.WriteLine($"- Province: {options.Agencies:N0} synthetic agencies (98% communes, 1% departments, 1% enterprises; 4% report quarterly), "
            + "each reporting the catalog's 38 non-derived indicators (47 with the derived ones); figures from SyntheticProvince.");
        Console.WriteLine($"- Import: {options.Files:N0} filled workbooks (SubmissionTemplateWriter, distinct agency and month of Jan-Jun 2026) imported "
            + $"with SubmissionImporter.ImportFilesAsync (each file applied on its own, the next ones read on the other core) into a fresh database; the plain reads read every cell of every worksheet of the same files. "
            + $"Each in a new process: {ImportPhase.WarmUpFiles} files first as warm-up (the import stores them in a scratch database), then one timed pass over all files. Workspace open not timed.");
        Console.WriteLine($"- Summary and reports: on a database of every agency x indicator x month from {SyntheticBenchmarkProvince.FirstMonth} to {SyntheticBenchmarkProvince.LastMonth} "
            + "(filled with SQL, then the product's roll-up rebuild; not timed), and on one of ten years from " + SyntheticBenchmarkProvince.TenYearsFirstMonth + " (the ten-year phases). Workspace or connection open not timed; one warm-up run, then the median of 3 runs.");
        Console.WriteLine("- Summary: SummaryQuery.BuildAsync(2026-H1), compared with 2025-H1. GROUP BY: one hand-written SUM per indicator, over the current submissions' values or over the stored roll-ups, "
            + "run for both periods (times added); it applies no stock rule, derived indicator or agency structure, so it is a floor.");
        Console.WriteLine("- Reports: ReportModelQuery.BuildAsync (aggregation), ReportWorkbookWriter.Write (Excel), LeaderSummaryPdf.Write + ReportCharts.WriteAll (PDF and chart files), "
            + "timed apart; the total is the sum of the three medians.");
        Console.WriteLine("- Peak memory: VmHWM (peak resident set) of the phase's own process over warm-up and runs, read at the end of the phase; each run starts on a fresh stack after two full collections (Timing.FreshStackAsync).");
        Console.WriteLine();
        Console.WriteLine("### Results");
        Console.WriteLine();
        Console.WriteLine("| Phase | Seconds | Peak MB | Ratio |");
        Console.WriteLine("| --- | ---: | ---: | --- |");
        Row($"Import {options.Files:N0} workbooks (parse, validate, store)", import, $"{importRatio:F1}x the faster plain read");
        Row("Plain read: ExcelDataReader", excelDataReader, "baseline");
        Row("Plain read: OpenXml SAX", sax, "baseline");
        Row("H1 2026 summary with comparison (SummaryQuery)", summary, $"{summaryRatio:F1}x the GROUP BY");
        Row("Hand-written GROUP BY over the values, H1 2026 + H1 2025", groupBy, "baseline");
        Row("Hand-written GROUP BY over the stored roll-ups, H1 2026 + H1 2025", groupByRollups, $"summary is {(summary?.Seconds ?? double.NaN) / (groupByRollups?.Seconds ?? double.NaN):F1}x this");
        foreach (var step in new[] { ReportsPhase.Aggregation, ReportsPhase.Excel, ReportsPhase.Pdf })
        {
            var seconds = reports?.Splits.GetValueOrDefault(step, double.NaN) ?? double.NaN;
            Console.WriteLine(double.IsNaN(seconds)
                ? $"| Reports: {step} | FAILED | | |"
                : $"| Reports: {step} | {seconds:F2} | | {(double.IsNaN(reports!.Seconds) ? string.Empty : (seconds / reports.Seconds).ToString("P0", CultureInfo.InvariantCulture) + " of the reports")} |");
        }

        Row("Reports total (workbook + PDF)", reports, string.Empty);
        Row("Ten years: H1 2026 summary with comparison", summary10, $"{(summary10?.Seconds ?? double.NaN) / (summary?.Seconds ?? double.NaN):F1}x the two-year database; {(summary10?.Seconds ?? double.NaN) / (groupBy10?.Seconds ?? double.NaN):F1}x its GROUP BY");
        Row("Ten years: GROUP BY over the values", groupBy10, $"{(groupBy10?.Seconds ?? double.NaN) / (groupBy?.Seconds ?? double.NaN):F1}x the two-year database");
        Row("Ten years: reports total (workbook + PDF)", reports10, $"{(reports10?.Seconds ?? double.NaN) / (reports?.Seconds ?? double.NaN):F1}x the two-year database");

        Console.WriteLine();
        Console.WriteLine("### Goals");
        Console.WriteLine();
        Goal($"Import under {ImportGoalSeconds} s", import?.Seconds ?? double.NaN, ImportGoalSeconds, "s");
        Goal($"Import within {ImportGoalRatio}x of the faster plain read", importRatio, ImportGoalRatio, "x");
        Goal($"Summary under {SummaryGoalSeconds} s", summary?.Seconds ?? double.NaN, SummaryGoalSeconds, "s");
        Goal($"Summary within {SummaryGoalRatio}x of the GROUP BY", summaryRatio, SummaryGoalRatio, "x");
        Goal($"Import peak memory under {MemoryGoalMegabytes} MB", import?.PeakMegabytes ?? double.NaN, MemoryGoalMegabytes, "MB");
        Goal($"Summary peak memory under {MemoryGoalMegabytes} MB", summary?.PeakMegabytes ?? double.NaN, MemoryGoalMegabytes, "MB");
        Goal($"Reports peak memory under {MemoryGoalMegabytes} MB", reports?.PeakMegabytes ?? double.NaN, MemoryGoalMegabytes, "MB");
        if (reports is not null && double.IsNaN(reports.Seconds))
        {
            // A step failed: what did run already says whether the goal could be met.
            var ran = reports.Splits.Where(s => !double.IsNaN(s.Value)).ToList();
            Console.WriteLine($"- Both reports under {ReportsGoalSeconds} s: MISS — a step failed; {string.Join(" + ", ran.Select(s => s.Key.Split(' ')[0]))} alone take {ran.Sum(s => s.Value):F2} s");
        }
        else
        {
            Goal($"Both reports under {ReportsGoalSeconds} s", reports?.Seconds ?? double.NaN, ReportsGoalSeconds, "s");
        }

        Console.WriteLine();
        Console.WriteLine("### Where the time goes");
        Console.WriteLine();
        foreach (var (phase, result) in results)
        {
            Console.WriteLine(result is null ? $"- {phase}: FAILED (see its output above)" : $"- {phase}: {result.Note}");
            foreach (var (step, seconds) in result?.Splits ?? new Dictionary<string, double>())
            {
                Console.WriteLine(double.IsNaN(seconds) ? $"  - {step}: failed" : $"  - {step}: {seconds:F2} s");
            }
        }
    }

    private static void Row(string name, PhaseResult? result, string ratio) =>
        Console.WriteLine(result is null
            ? $"| {name} | FAILED | | |"
            : $"| {name} | {(double.IsNaN(result.Seconds) ? "FAILED" : result.Seconds.ToString("F2", CultureInfo.InvariantCulture))} | {result.PeakMegabytes:F0} | {ratio} |");

    private static void Goal(string goal, double measured, double limit, string unit)
    {
        var verdict = double.IsNaN(measured) ? "MISS (not measured: the phase failed)" : measured < limit || (unit == "x" && measured <= limit) ? "PASS" : "MISS";
        Console.WriteLine($"- {goal}: {measured.ToString(unit == "MB" ? "F0" : unit == "x" ? "F1" : "F2", CultureInfo.InvariantCulture)} {unit} — {verdict}");
    }

    private static string Cpu()
    {
        const string cpuinfo = "/proc/cpuinfo";
        var line = File.Exists(cpuinfo) ? File.ReadLines(cpuinfo).FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal)) : null;
        return line is null ? RuntimeInformation.ProcessArchitecture.ToString() : line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
    }
}
