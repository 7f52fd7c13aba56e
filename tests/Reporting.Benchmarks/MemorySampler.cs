using System.Globalization;

namespace Reporting.Benchmarks;

/// <summary>
/// Samples this process's resident memory (VmRSS) every few milliseconds and keeps the highest seen under each label:
/// VmHWM says how high a phase went, this says in which step (and run) it got there, and how much of it was the
/// managed heap (the GC's committed memory at that moment; the rest is the runtime, native libraries and code).
/// </summary>
internal sealed class MemorySampler : IDisposable
{
    private readonly Dictionary<string, (double Resident, double Managed)> peaks = new(StringComparer.Ordinal);
    private readonly Thread thread;
    private volatile string label = "start";
    private volatile bool stopped;

    public MemorySampler()
    {
        thread = new Thread(Sample) { IsBackground = true, Name = "memory sampler" };
        thread.Start();
    }

    /// <summary>The step now running: samples from here on count towards it.</summary>
    public string Label
    {
        set => label = value;
    }

    /// <summary>The highest resident megabytes seen under each label, with the managed heap's share then.</summary>
    public IReadOnlyDictionary<string, (double Resident, double Managed)> Peaks
    {
        get
        {
            lock (peaks)
            {
                return new Dictionary<string, (double, double)>(peaks, StringComparer.Ordinal);
            }
        }
    }

    public void Dispose()
    {
        stopped = true;
        thread.Join();
    }

    private void Sample()
    {
        while (!stopped)
        {
            if (ReadResidentMegabytes() is { } megabytes)
            {
                var managed = GC.GetGCMemoryInfo().TotalCommittedBytes / 1048576.0;
                lock (peaks)
                {
                    if (megabytes > peaks.GetValueOrDefault(label).Resident)
                    {
                        peaks[label] = (megabytes, managed);
                    }
                }
            }

            Thread.Sleep(5);
        }
    }

    private static double? ReadResidentMegabytes()
    {
        const string status = "/proc/self/status";
        var line = File.Exists(status) ? File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal)) : null;
        return line is null
            ? null
            : long.Parse(line["VmRSS:".Length..].Replace("kB", string.Empty, StringComparison.Ordinal).Trim(), CultureInfo.InvariantCulture) / 1024.0;
    }
}
