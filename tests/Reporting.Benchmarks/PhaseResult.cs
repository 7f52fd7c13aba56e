using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Reporting.Benchmarks;

/// <summary>
/// What a phase measured: its seconds, the splits behind them (seconds by step, for "where the time goes"), a note
/// (counts that show the work was done), and the child process's peak resident memory.
/// </summary>
internal sealed record PhaseResult(double Seconds, IReadOnlyDictionary<string, double> Splits, string Note, double PeakMegabytes = double.NaN)
{
    /// <summary>Prefix of the line a child process prints last, which the parent reads.</summary>
    public const string LinePrefix = "RESULT ";

    // NaN peak memory off Linux must survive the trip.
    private static readonly JsonSerializerOptions Json = new() { NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals };

    public string ToLine() => LinePrefix + JsonSerializer.Serialize(this, Json);

    public static PhaseResult FromLine(string line) =>
        JsonSerializer.Deserialize<PhaseResult>(line[LinePrefix.Length..], Json) ?? throw new FormatException("empty result line: " + line);

    /// <summary>VmHWM of /proc/self/status: the most resident memory this process has held, in MB (NaN off Linux).</summary>
    public static double ReadPeakMegabytes()
    {
        const string status = "/proc/self/status";
        var line = File.Exists(status) ? File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal)) : null;
        if (line is null)
        {
            return double.NaN;
        }

        var kilobytes = long.Parse(line["VmHWM:".Length..].Replace("kB", string.Empty, StringComparison.Ordinal).Trim(), CultureInfo.InvariantCulture);
        return kilobytes / 1024.0;
    }
}
