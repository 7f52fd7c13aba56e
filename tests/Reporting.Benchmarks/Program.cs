using System.Globalization;
using Reporting.Benchmarks;
using Reporting.Testing;

// Figures print the same on every machine.
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;

BenchmarkOptions options;
try
{
    options = BenchmarkOptions.Parse(args);
}
catch (Exception ex) when (ex is ArgumentException or FormatException or OverflowException)
{
    Console.Error.WriteLine(ex.Message);
    return 2;
}

if (options.Phase is { } phase)
{
    // A child process: run one phase, then print its result (with this process's peak memory) as the last line.
    PhaseResult result;
    try
    {
        result = await RunPhaseAsync(phase, options);
    }
    catch (ArgumentException ex)
    {
        Console.Error.WriteLine($"phase {phase}: {ex.Message}");
        return 2;
    }

    Console.WriteLine((result with { PeakMegabytes = PhaseResult.ReadPeakMegabytes() }).ToLine());
    return 0;
}

await WorkFolder.PrepareAsync(options);
if (options.PrepareOnly)
{
    return 0;
}

var loadBefore = ResultTable.LoadAverage();
var results = new Dictionary<StorageProvider, Dictionary<string, PhaseResult?>>();
foreach (var provider in options.Providers)
{
    results[provider] = new Dictionary<string, PhaseResult?>(StringComparer.Ordinal);
    foreach (var name in Phases.All)
    {
        // The plain reads touch no database: measured once, shown for every provider.
        if (Phases.PlainReads.Contains(name) && provider != options.Providers[0])
        {
            results[provider][name] = results[options.Providers[0]][name];
            continue;
        }

        Console.WriteLine($"Running phase {name} on {provider} in its own process...");
        results[provider][name] = await ChildProcess.RunAsync(options, name, provider);
    }
}

ResultTable.Print(options, results, loadBefore, ResultTable.LoadAverage());
return results.Values.SelectMany(r => r.Values).All(r => r is not null) ? 0 : 1;

static async Task<PhaseResult> RunPhaseAsync(string phase, BenchmarkOptions options) => phase switch
{
    Phases.Import => await ImportPhase.RunAsync(options),
    Phases.ImportSplits => await ImportPhase.RunWithSplitsAsync(options),
    Phases.ExcelDataReader => PlainReadPhase.RunExcelDataReader(options),
    Phases.Sax => PlainReadPhase.RunSax(options),
    Phases.Summary => await SummaryPhase.RunSummaryAsync(options, options.ProvinceDatabase),
    Phases.SummaryCommand => await SummaryCommandPhase.RunAsync(options, options.ProvinceDatabase),
    Phases.GroupBy => await SummaryPhase.RunGroupByAsync(options.ProvinceDatabase, SummaryPhase.ValuesGroupBy),
    Phases.GroupByRollups => await SummaryPhase.RunGroupByAsync(options.ProvinceDatabase, SummaryPhase.RollupsGroupBy),
    Phases.Reports => await ReportsPhase.RunAsync(options, options.ProvinceDatabase),
    Phases.SummaryTenYears => await SummaryPhase.RunSummaryAsync(options, options.TenYearDatabase),
    Phases.GroupByTenYears => await SummaryPhase.RunGroupByAsync(options.TenYearDatabase, SummaryPhase.ValuesGroupBy),
    Phases.ReportsTenYears => await ReportsPhase.RunAsync(options, options.TenYearDatabase),
    Phases.Load => await LoadPhase.RunAsync(options),
    _ => throw new ArgumentException($"unknown phase {phase}: one of {string.Join(", ", Phases.All)}"),
};
