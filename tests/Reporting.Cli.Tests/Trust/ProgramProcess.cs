using System.Diagnostics;
using System.Text;

namespace Reporting.Cli.Tests.Trust;

/// <summary>The real `reporting` program in a child process, to be stopped the way people and machines stop it.</summary>
public sealed class ProgramProcess : IDisposable
{
    private readonly Process process;
    private readonly Task<string> stdout;
    private readonly Task<string> stderr;

    private ProgramProcess(Process process)
    {
        this.process = process;
        stdout = process.StandardOutput.ReadToEndAsync();
        stderr = process.StandardError.ReadToEndAsync();
    }

    public int Id => process.Id;

    public bool HasExited => process.HasExited;

    public static ProgramProcess Start(params string[] args)
    {
        // Through env, which puts Ctrl+C's signal back to its default and then becomes the program (same process id): a
        // test run started in the background of a script inherits SIGINT ignored, as every background job does, and
        // .NET keeps it ignored (no Ctrl+C handler runs), so the program would never see the interrupt a terminal sends.
        var info = new ProcessStartInfo("env")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        info.ArgumentList.Add("--default-signal=INT");
        info.ArgumentList.Add("dotnet");
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "reporting.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        return new ProgramProcess(Process.Start(info)!);
    }

    /// <summary>kill -9: no handler runs, as with a power cut.</summary>
    public void KillHard() => process.Kill(entireProcessTree: true);

    /// <summary>Ctrl+C, as a terminal sends it.</summary>
    public void Interrupt()
    {
        using var kill = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    /// <summary>Waits for the program to end; fails the test when it hangs.</summary>
    public async Task<CliRun> WaitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"`reporting` did not end within {timeout.TotalSeconds:0} s: {await stderr}");
        }

        return new CliRun(process.ExitCode, await stdout, await stderr);
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        process.Dispose();
    }
}
