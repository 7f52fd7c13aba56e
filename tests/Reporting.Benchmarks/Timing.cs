using System.Diagnostics;

namespace Reporting.Benchmarks;

/// <summary>
/// One warm-up run, then the median of three timed runs. A full collection before each run (not timed) starts every
/// run from the same heap, so a phase's peak memory is that of one run, not of garbage piled up by the runs before.
/// </summary>
internal static class Timing
{
    public const int Runs = 3;

    public static async Task<double> MedianAsync(Func<Task> run)
    {
        await run();
        var seconds = new List<double>();
        for (var i = 0; i < Runs; i++)
        {
            await FreshStackAsync();
            CollectGarbage();
            var clock = Stopwatch.StartNew();
            await run();
            seconds.Add(clock.Elapsed.TotalSeconds);
        }

        return Median(seconds);
    }

    /// <summary>
    /// Goes on from an empty stack. An awaited run that finished on a pool thread resumes its caller inline, inside the
    /// frames of the run's last awaited call: without this, the next run would execute above the last one's frames,
    /// whose slots still hold its report model, and measure two models' memory (seen with dotnet-dump's gcroot).
    /// </summary>
    public static async Task FreshStackAsync() => await Task.Yield();

    /// <summary>
    /// A full collection, twice: what the finalizers of the first one released (and everything it alone kept alive,
    /// such as the last run's report model) goes with the second.
    /// </summary>
    public static void CollectGarbage()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    public static double Median(IEnumerable<double> seconds)
    {
        var sorted = seconds.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
