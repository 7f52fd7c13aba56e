using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace Reporting.Benchmarks;

/// <summary>
/// `reporting summary --period 2026-H1` as a user runs it: a new process, from its start to its last line (opening the
/// database and loading the catalog included, which the summary phase leaves out): the median of three runs that find
/// the province figures kept, as every run does until a file of those months is stored; and as splits, the run that
/// finds none kept (it aggregates both periods and keeps them) and the run after a file of the period's months.
/// The program is the one the README's first command publishes (out/cli, ReadyToRun) when it is there: compiled ahead
/// of time it starts about a second sooner than the build output, which the JIT compiles on every start.
/// </summary>
internal static class SummaryCommandPhase
{
    public static async Task<PhaseResult> RunAsync(BenchmarkDatabase database)
    {
        await ForgetKeptFiguresAsync(database);
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
        // As after a file of 2026-H1's months: that period aggregated again, the compare period's figures still kept.
        await ForgetKeptFiguresAsync(database, SummaryPhase.Period.ToString());
        clock.Restart();
        await RunOnceAsync(database);
        var afterFile = clock.Elapsed.TotalSeconds;

        var splits = seconds.Select((s, i) => (s, i)).ToDictionary(r => string.Create(CultureInfo.InvariantCulture, $"run {r.i + 1}, figures kept"), r => r.s);
        splits["no figures kept: both periods aggregated, then kept"] = first;
        splits[$"after a file of {SummaryPhase.Period}: it aggregated, the compare period kept"] = afterFile;
        return new PhaseResult(Timing.Median(seconds), splits, $"{Program()}: {line}");
    }

    /// <summary>
    /// As a stored file of the period's months would (without changing the data the other phases measure): every
    /// period's figures, or <paramref name="period"/>'s alone.
    /// </summary>
    private static async Task ForgetKeptFiguresAsync(BenchmarkDatabase database, string? period = null)
    {
        await using var db = Reporting.Data.ReportingDbContext.Open(new Reporting.Data.Opening.DatabaseSettings(database.Location));
        await db.StoredAggregates.Where(a => period == null || a.Period == period).ExecuteDeleteAsync();
    }

    private static string Program()
    {
        var published = Path.Combine(Reporting.Testing.RepoFiles.Root, "out", "cli", "reporting");
        return File.Exists(published) ? published : LoadPhasePortal.Program();
    }

    private static async Task<string> RunOnceAsync(BenchmarkDatabase database)
    {
        var start = new ProcessStartInfo(Program()) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "summary", "--period", SummaryPhase.Period.ToString(), "--db", database.Location, "--format", "csv" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + start.FileName);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return process.ExitCode == 0 ? await stdout : throw new InvalidOperationException($"reporting summary exited {process.ExitCode}: {await stderr}");
    }
}
