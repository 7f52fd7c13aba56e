using System.Diagnostics;
using System.Globalization;
using Reporting.Testing;

namespace Reporting.Benchmarks;

/// <summary>
/// The real portal for the load phase: `reporting serve` (Kestrel) in its own process on a free loopback port, with the
/// demo accounts; its peak resident memory is read from /proc before it is stopped.
/// </summary>
internal sealed class LoadPhasePortal : IAsyncDisposable
{
    public const string Password = "Load-test-2026";

    private readonly Process process;

    private LoadPhasePortal(Process process, Uri address)
    {
        this.process = process;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>Starts `reporting serve` over <paramref name="database"/> (a path or postgresql:// URI) and waits until it answers.</summary>
    public static async Task<LoadPhasePortal> StartAsync(string database, TimeSpan timeout)
    {
        var address = new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{LocalHttp.FreePort()}"));
        var start = new ProcessStartInfo(Program()) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "serve", "--db", database, "--urls", address.ToString().TrimEnd('/'), "--demo", "--demo-password", Password })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + start.FileName);
        // Drained so the portal never blocks on a full pipe; its errors are shown.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { Console.Error.WriteLine("    portal: " + e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var portal = new LoadPhasePortal(process, address);
        using var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"the portal stopped (exit code {process.ExitCode})");
            }

            try
            {
                if ((await client.GetAsync("/Account/Login")).IsSuccessStatusCode)
                {
                    return portal;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(200);
        }

        await portal.DisposeAsync();
        throw new TimeoutException($"the portal did not answer within {timeout.TotalSeconds:F0} s");
    }

    /// <summary>VmHWM of the portal's process: the most resident memory it has held, in MB.</summary>
    public double PeakMegabytes()
    {
        var line = File.ReadLines($"/proc/{process.Id}/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return double.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill();
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    /// <summary>The `reporting` program built beside this benchmark (same configuration; the project reference builds it).</summary>
    /// <summary>The built command line (`reporting`) of the benchmark's own configuration.</summary>
    public static string Program()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd('/')).Parent!.Name;
        var path = Path.Combine(RepoFiles.Root, "src", "Reporting.Cli", "bin", configuration, "net10.0", "reporting");
        return File.Exists(path) ? path : throw new FileNotFoundException("build the command line first: dotnet build -c " + configuration + " src/Reporting.Cli", path);
    }
}
