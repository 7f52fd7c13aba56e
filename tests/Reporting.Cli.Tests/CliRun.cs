using System.Diagnostics;
using System.Text;

namespace Reporting.Cli.Tests;

/// <summary>What a run of the command printed and returned.</summary>
public sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    public string All => Stdout + Stderr;

    /// <summary>Runs the CLI in-process (fast; same code path as the program but for the console).</summary>
    public static async Task<CliRun> InProcessAsync(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        // Tests read the repo's templates/, whatever the test host's folder holds.
        if (args.Contains("--db") && !args.Contains("--templates"))
        {
            args = [.. args, "--templates", Testing.RepoFiles.Templates];
        }

        var code = await CliApp.RunAsync(args, new Terminal(stdout, stderr), CancellationToken.None);
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Runs the real `reporting` program (built next to the tests) in a child process.</summary>
    public static async Task<CliRun> ProgramAsync(string workingDirectory, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "reporting.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return new CliRun(process.ExitCode, await stdout, await stderr);
    }
}
