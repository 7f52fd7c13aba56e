using System.Diagnostics;

namespace Reporting.Benchmarks;

/// <summary>Runs one phase in a new process of this program, so each phase's peak memory is its own.</summary>
internal static class ChildProcess
{
    /// <summary>The phase's result, or null when the child failed (its error output is shown as it comes).</summary>
    public static async Task<PhaseResult?> RunAsync(BenchmarkOptions options, string phase, Reporting.Testing.StorageProvider provider)
    {
        var program = Environment.ProcessPath ?? throw new InvalidOperationException("the benchmark cannot find its own executable");
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, UseShellExecute = false };

        // Started as `dotnet Reporting.Benchmarks.dll`: the child needs the assembly named too.
        if (Path.GetFileNameWithoutExtension(program) == "dotnet")
        {
            start.ArgumentList.Add(typeof(ChildProcess).Assembly.Location);
        }

        foreach (var argument in options.ChildArguments(phase, provider))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + program);
        string? result = null;
        while (await process.StandardOutput.ReadLineAsync() is { } line)
        {
            if (line.StartsWith(PhaseResult.LinePrefix, StringComparison.Ordinal))
            {
                result = line;
            }
            else
            {
                Console.WriteLine("    " + line);
            }
        }

        await process.WaitForExitAsync();
        return process.ExitCode == 0 && result is not null ? PhaseResult.FromLine(result) : null;
    }
}
