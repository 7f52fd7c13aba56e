using System.Diagnostics;

namespace Reporting.Benchmarks;

/// <summary>One warm-up run, then the median of three timed runs.</summary>
internal static class Timing
{
    public const int Runs = 3;

    public static async Task<double> MedianAsync(Func<Task> run)
    {
        await run();
        var seconds = new List<double>();
        for (var i = 0; i < Runs; i++)
        {
            var clock = Stopwatch.StartNew();
            await run();
            seconds.Add(clock.Elapsed.TotalSeconds);
        }

        return Median(seconds);
    }

    public static double Median(IEnumerable<double> seconds)
    {
        var sorted = seconds.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
