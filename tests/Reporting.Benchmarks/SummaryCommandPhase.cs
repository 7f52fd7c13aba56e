using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Reporting.Core.Catalog;
using Reporting.Core.Periods;
using Reporting.Excel.Templates;
using Reporting.Testing;
using Reporting.Workflows;

namespace Reporting.Benchmarks;

/// <summary>
/// `reporting summary --period 2026-H1` as a user runs it: a new process, from its start to its last line (opening the
/// database and loading the catalog included, which the summary phase leaves out): the median of three runs that find
/// the province figures kept, as every run does until a file of those months is stored; and as splits, the run that
/// finds none kept (it tallies both periods and keeps them) and the median of three runs each after a file of the
/// period's months stored by `reporting import` (untimed): one agency's March, its e-documents sent raised by 1, 2, 3
/// over the workbook's, so that every file is a new version on every run of the benchmark. The agency is the last
/// workbook's, which the load phase does not upload.
/// The program is the one the README's first command publishes (out/cli, ReadyToRun) when it is there: compiled ahead
/// of time it starts about a second sooner than the build output, which the JIT compiles on every start.
/// </summary>
internal static class SummaryCommandPhase
{
    public static async Task<PhaseResult> RunAsync(BenchmarkOptions options, BenchmarkDatabase database)
    {
        // Brought to this build's schema first, as the other phases open it: a prepared database outlives builds.
        await using (await ReportingWorkspace.OpenAsync(new DatabaseOpening(database.Location, DatabaseAccess.Upgrade) { Templates = options.Templates }))
        {
        }

        await database.ForgetKeptFiguresAsync();
        var clock = Stopwatch.StartNew();
        var output = await RunOnceAsync(database);
        var first = clock.Elapsed.TotalSeconds;
        var seconds = new List<double>();
        for (var i = 0; i < Timing.Runs; i++)
        {
            clock.Restart();
            output = await RunOnceAsync(database);
            seconds.Add(clock.Elapsed.TotalSeconds);
        }

        var line = output.Split('\n').FirstOrDefault(l => l.Contains("EDOC.SENT", StringComparison.Ordinal))?.Trim()
            ?? throw new InvalidOperationException("the summary printed no EDOC.SENT row:\n" + output);
        var afterFiles = new List<double>();
        foreach (var file in FilesOfThePeriod(options))
        {
            await RunAsync(database, "import", file);
            clock.Restart();
            await RunOnceAsync(database);
            afterFiles.Add(clock.Elapsed.TotalSeconds);
        }

        var splits = seconds.Select((s, i) => (s, i)).ToDictionary(r => string.Create(CultureInfo.InvariantCulture, $"run {r.i + 1}, figures kept"), r => r.s);
        splits["no figures kept: both periods tallied, then kept"] = first;
        splits[$"after a file of {SummaryPhase.Period}'s months (median of 3): its figures updated from the file's agency"] = Timing.Median(afterFiles);
        return new PhaseResult(Timing.Median(seconds), splits, $"{Program()}: {line}");
    }

    /// <summary>Three workbooks of one agency's March, e-documents sent raised by 1, 2 and 3 (see the class).</summary>
    private static List<string> FilesOfThePeriod(BenchmarkOptions options)
    {
        var catalog = RepoFiles.Catalog;
        var directory = SyntheticBenchmarkProvince.Load(options.Templates, catalog);
        var last = Path.GetFileNameWithoutExtension(Directory.GetFiles(options.FilesDirectory, "*.xlsx").Order(StringComparer.Ordinal).Last());
        var agency = directory.Find(last[..last.IndexOf('_', StringComparison.Ordinal)]) ?? throw new InvalidOperationException("no agency for " + last);
        var period = agency.SubmissionPeriodFor(PeriodId.Parse("2026-03").FirstMonth);
        var folder = Directory.CreateTempSubdirectory("reporting-summary-files-").FullName;
        var writer = new SubmissionTemplateWriter(catalog);
        return [.. new[] { 1m, 2m, 3m }.Select(more =>
        {
            var values = new SyntheticProvince(catalog, directory).ValuesFor(agency, period).ToDictionary();
            values["EDOC.SENT"] = (values.GetValueOrDefault("EDOC.SENT") ?? throw new InvalidOperationException(agency.Code + " sends no e-documents")) + more;
            var path = Path.Combine(Directory.CreateDirectory(Path.Combine(folder, more.ToString(CultureInfo.InvariantCulture))).FullName, $"{agency.Code}_{period}.xlsx");
            using var stream = File.Create(path);
            writer.Write(agency, period, Language.Vietnamese, stream, values);
            return path;
        })];
    }

    private static string Program()
    {
        var published = Path.Combine(Reporting.Testing.RepoFiles.Root, "out", "cli", "reporting");
        return File.Exists(published) ? published : LoadPhasePortal.Program();
    }

    private static Task<string> RunOnceAsync(BenchmarkDatabase database) =>
        RunAsync(database, "summary", "--period", SummaryPhase.Period.ToString(), "--format", "csv");

    private static async Task<string> RunAsync(BenchmarkDatabase database, params string[] arguments)
    {
        var start = new ProcessStartInfo(Program()) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments.Concat(["--db", database.Location]))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + start.FileName);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return process.ExitCode == 0 ? await stdout : throw new InvalidOperationException($"reporting {arguments[0]} exited {process.ExitCode}: {await stderr}{await stdout}");
    }
}
