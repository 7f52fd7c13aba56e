using System.Globalization;
using System.Runtime.InteropServices;
using Reporting.Testing;

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

    /// <summary>The server's settings that move the figures most, as it reports them (the test cluster turns durability off).</summary>
    private static string PostgresSettings()
    {
        using var admin = TestPostgres.OpenAdminAsync().GetAwaiter().GetResult();
        using var command = new Npgsql.NpgsqlCommand(
            "SELECT string_agg(name || ' = ' || current_setting(name), ', ' ORDER BY name) FROM pg_settings "
            + "WHERE name IN ('fsync', 'synchronous_commit', 'full_page_writes', 'shared_buffers', 'work_mem', 'jit')",
            admin);
        return "PostgreSQL " + admin.PostgreSqlVersion + " with " + command.ExecuteScalar();
    }

    public static void Print(BenchmarkOptions options, IReadOnlyDictionary<StorageProvider, Dictionary<string, PhaseResult?>> results, string loadBefore, string loadAfter)
    {
        var providers = results.Keys.ToList();
        Console.WriteLine();
        Console.WriteLine("### Method");
        Console.WriteLine();
        Console.WriteLine($"- Machine: {Environment.ProcessorCount} cores (nproc), {Cpu()}, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, Release build; "
            + $"load average {loadBefore} before the phases, {loadAfter} after (2 cores: above 2 means other work ran alongside).");
        Console.WriteLine($"- Storage: {string.Join(" and ", providers)}, every phase on each in turn in one run, the same data in each (SQLite: a file in the work folder; "
            + $"PostgreSQL: the server of REPORTING_TEST_POSTGRES on this machine{(providers.Contains(StorageProvider.PostgreSql) ? ", " + PostgresSettings() : string.Empty)}).");
        Console.WriteLine($"- Province: {options.Agencies:N0} synthetic agencies (98% communes, 1% departments, 1% enterprises; 4% report quarterly), "
            + "each reporting the catalog's 38 non-derived indicators (47 with the derived ones); figures from SyntheticProvince.");
        Console.WriteLine($"- Import: {options.Files:N0} filled workbooks (SubmissionTemplateWriter, distinct agency and month of Jan-Jun 2026) imported "
            + $"with SubmissionImporter.ImportFilesAsync (each file applied on its own, the next ones read on the other core; on PostgreSQL three files of different agencies stored at once, each on a connection of its own) into a fresh database; the plain reads read every cell of every worksheet of the same files (no database: run once). "
            + $"Each in a new process: {ImportPhase.WarmUpFiles} files first as warm-up (the import stores them in a scratch database), then one timed pass over all files. Workspace open not timed.");
        Console.WriteLine($"- Summary and reports: on a database of every agency x indicator x month from {SyntheticBenchmarkProvince.FirstMonth} to {SyntheticBenchmarkProvince.LastMonth} "
            + "(bulk-filled, then the product's roll-up rebuild; not timed), and on one of ten years from " + SyntheticBenchmarkProvince.TenYearsFirstMonth + " (the ten-year phases). Workspace or connection open not timed; one warm-up run, then the median of 3 runs.");
        Console.WriteLine("- Summary: SummaryQuery.BuildAsync(2026-H1), compared with 2025-H1. GROUP BY: one hand-written SUM per indicator, over the current submissions' values or over the stored roll-ups, "
            + "run for both periods (times added); it applies no stock rule, derived indicator or agency structure, so it is a floor.");
        Console.WriteLine("- Reports: ReportModelQuery.BuildAsync (aggregation), ReportWorkbookWriter.Write (Excel), LeaderSummaryPdf.Write + ReportCharts.WriteAll (PDF and chart files), "
            + "timed apart; the total is the sum of the three medians. After the warm-up one run finds no figures kept (it reads the trend's earlier periods and keeps them; "
            + "its time is in the phase's note), then the three timed runs find them kept, as every later report does.");
        Console.WriteLine("- Peak memory: VmHWM (peak resident set) of the phase's own process over warm-up and runs, read at the end of the phase; each run starts on a fresh stack after two full collections (Timing.FreshStackAsync).");
        Console.WriteLine("- Load: see the load phase's own lines above (per provider): the real portal in its own process over a copy of the big database.");
        Console.WriteLine();
        Console.WriteLine("### Results");
        Console.WriteLine();
        Console.WriteLine("| Phase | " + string.Join(" | ", providers.Select(p => $"{p} s | {p} peak MB | {p} ratio")) + " |");
        Console.WriteLine("| --- |" + string.Concat(providers.Select(_ => " ---: | ---: | --- |")));
        Row($"Import {options.Files:N0} workbooks (parse, validate, store)", r => r.Get(Phases.Import), r => $"{r.ImportRatio:F1}x the faster plain read");
        Row("Plain read: ExcelDataReader", r => r.Get(Phases.ExcelDataReader), _ => "baseline");
        Row("Plain read: OpenXml SAX", r => r.Get(Phases.Sax), _ => "baseline");
        Row("H1 2026 summary with comparison (SummaryQuery)", r => r.Get(Phases.Summary), r => $"{r.SummaryRatio:F1}x the GROUP BY");
        Row("`reporting summary --period 2026-H1`, process start to last line", r => r.Get(Phases.SummaryCommand), r => $"{r.Seconds(Phases.SummaryCommand) / r.Seconds(Phases.Summary):F1}x the summary alone");
        Row("Hand-written GROUP BY over the values, H1 2026 + H1 2025", r => r.Get(Phases.GroupBy), _ => "baseline");
        Row("Hand-written GROUP BY over the stored roll-ups, H1 2026 + H1 2025", r => r.Get(Phases.GroupByRollups), r => $"summary is {r.Seconds(Phases.Summary) / r.Seconds(Phases.GroupByRollups):F1}x this");
        foreach (var step in new[] { ReportsPhase.Aggregation, ReportsPhase.Excel, ReportsPhase.Pdf })
        {
            Row($"Reports: {step}", r => r.Get(Phases.Reports) is { } reports ? reports with { Seconds = reports.Splits.GetValueOrDefault(step, double.NaN), PeakMegabytes = double.NaN } : null,
                r => (r.Get(Phases.Reports)?.Splits.GetValueOrDefault(step, double.NaN) / r.Seconds(Phases.Reports))?.ToString("P0", CultureInfo.InvariantCulture) + " of the reports");
        }

        Row("Reports total (workbook + PDF)", r => r.Get(Phases.Reports), _ => string.Empty);
        Row("Ten years: H1 2026 summary with comparison", r => r.Get(Phases.SummaryTenYears),
            r => $"{r.Seconds(Phases.SummaryTenYears) / r.Seconds(Phases.Summary):F1}x the two-year database; {r.Seconds(Phases.SummaryTenYears) / r.Seconds(Phases.GroupByTenYears):F1}x its GROUP BY");
        Row("Ten years: GROUP BY over the values", r => r.Get(Phases.GroupByTenYears), r => $"{r.Seconds(Phases.GroupByTenYears) / r.Seconds(Phases.GroupBy):F1}x the two-year database");
        Row("Ten years: reports total (workbook + PDF)", r => r.Get(Phases.ReportsTenYears), r => $"{r.Seconds(Phases.ReportsTenYears) / r.Seconds(Phases.Reports):F1}x the two-year database");
        Row("Load: 20 readers + 50 uploads on the real portal (whole phase)", r => r.Get(Phases.Load), r => r.Get(Phases.Load)?.Note ?? string.Empty);
        if (providers.Count > 1)
        {
            Console.WriteLine();
            Console.WriteLine($"Ratios {providers[1]} / {providers[0]} (same run): " + string.Join("; ", new[] { Phases.Import, Phases.Summary, Phases.SummaryCommand, Phases.Reports, Phases.SummaryTenYears, Phases.ReportsTenYears, Phases.Load }
                .Select(phase => $"{phase} {Of(providers[1]).Seconds(phase) / Of(providers[0]).Seconds(phase):F2}x")));
        }

        Console.WriteLine();
        Console.WriteLine("### Goals");
        foreach (var provider in providers)
        {
            var r = Of(provider);
            Console.WriteLine();
            Console.WriteLine($"{provider}:");
            Goal($"Import under {ImportGoalSeconds} s", r.Seconds(Phases.Import), ImportGoalSeconds, "s");
            Goal($"Import within {ImportGoalRatio}x of the faster plain read", r.ImportRatio, ImportGoalRatio, "x");
            Goal($"Summary under {SummaryGoalSeconds} s", r.Seconds(Phases.Summary), SummaryGoalSeconds, "s");
            Goal($"Summary within {SummaryGoalRatio}x of the GROUP BY", r.SummaryRatio, SummaryGoalRatio, "x");
            Goal("`reporting summary` from process start under 1 s", r.Seconds(Phases.SummaryCommand), 1, "s");
            Goal($"Import peak memory under {MemoryGoalMegabytes} MB", r.Get(Phases.Import)?.PeakMegabytes ?? double.NaN, MemoryGoalMegabytes, "MB");
            Goal($"Summary peak memory under {MemoryGoalMegabytes} MB", r.Get(Phases.Summary)?.PeakMegabytes ?? double.NaN, MemoryGoalMegabytes, "MB");
            Goal($"Reports peak memory under {MemoryGoalMegabytes} MB", r.Get(Phases.Reports)?.PeakMegabytes ?? double.NaN, MemoryGoalMegabytes, "MB");
            Goal("Ten years: summary under 1 s", r.Seconds(Phases.SummaryTenYears), 1, "s");
            Goal($"Ten years: both reports under {ReportsGoalSeconds} s", r.Seconds(Phases.ReportsTenYears), ReportsGoalSeconds, "s");
            Goal($"Ten years: reports peak memory under {MemoryGoalMegabytes} MB", r.Get(Phases.ReportsTenYears)?.PeakMegabytes ?? double.NaN, MemoryGoalMegabytes, "MB");
            if (r.Get(Phases.Reports) is { } reports && double.IsNaN(reports.Seconds))
            {
                // A step failed: what did run already says whether the goal could be met.
                var ran = reports.Splits.Where(s => !double.IsNaN(s.Value)).ToList();
                Console.WriteLine($"- Both reports under {ReportsGoalSeconds} s: MISS — a step failed; {string.Join(" + ", ran.Select(s => s.Key.Split(' ')[0]))} alone take {ran.Sum(s => s.Value):F2} s");
            }
            else
            {
                Goal($"Both reports under {ReportsGoalSeconds} s", r.Seconds(Phases.Reports), ReportsGoalSeconds, "s");
            }
        }

        Console.WriteLine();
        Console.WriteLine("### Where the time goes");
        foreach (var provider in providers)
        {
            Console.WriteLine();
            Console.WriteLine($"{provider}:");
            foreach (var (phase, result) in results[provider])
            {
                Console.WriteLine(result is null ? $"- {phase}: FAILED (see its output above)" : $"- {phase}: {result.Note}");
                foreach (var (step, seconds) in result?.Splits ?? new Dictionary<string, double>())
                {
                    Console.WriteLine(double.IsNaN(seconds) ? $"  - {step}: failed" : $"  - {step}: {seconds:F2} s");
                }
            }
        }

        ProviderResults Of(StorageProvider provider) => new(results[provider]);

        void Row(string name, Func<ProviderResults, PhaseResult?> pick, Func<ProviderResults, string> ratio) =>
            Console.WriteLine($"| {name} | " + string.Join(" | ", providers.Select(p => Cells(pick(Of(p)), ratio(Of(p))))) + " |");
    }

    /// <summary>One provider's phase results, with the ratios the goals are judged by.</summary>
    private sealed record ProviderResults(IReadOnlyDictionary<string, PhaseResult?> Results)
    {
        public PhaseResult? Get(string phase) => Results.GetValueOrDefault(phase);

        public double Seconds(string phase) => Get(phase)?.Seconds ?? double.NaN;

        public double ImportRatio => Seconds(Phases.Import) / Math.Min(Seconds(Phases.ExcelDataReader), Seconds(Phases.Sax));

        public double SummaryRatio => Seconds(Phases.Summary) / Seconds(Phases.GroupBy);
    }

    private static string Cells(PhaseResult? result, string ratio) => result is null
        ? "FAILED | | "
        : $"{(double.IsNaN(result.Seconds) ? "FAILED" : result.Seconds.ToString("F2", CultureInfo.InvariantCulture))} | {(double.IsNaN(result.PeakMegabytes) ? string.Empty : result.PeakMegabytes.ToString("F0", CultureInfo.InvariantCulture))} | {ratio}";

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
