using System.Diagnostics;

namespace Reporting.Cli.Tests.Trust;

/// <summary>
/// A test that mounts file systems (a read-only bind mount, a small tmpfs that fills up): it needs root and a kernel that
/// lets this machine mount, as the CI machines do; elsewhere it is skipped, saying why.
/// </summary>
public sealed class RootFactAttribute : FactAttribute
{
    public RootFactAttribute()
    {
        if (Mounts.Unavailable is { } why)
        {
            Skip = why;
        }
    }
}

/// <summary>Mounting and unmounting for the tests that need a file system of their own.</summary>
public static class Mounts
{
    private static readonly Lazy<string?> Probe = new(ProbeMount);

    /// <summary>Why mounting is impossible here; null when it works.</summary>
    public static string? Unavailable => Probe.Value;

    public static void Run(params string[] args)
    {
        var (code, output) = Execute("mount", args);
        if (code != 0)
        {
            throw new InvalidOperationException($"mount {string.Join(' ', args)}: {output}");
        }
    }

    public static void Unmount(string path) => Execute("umount", path);

    private static string? ProbeMount()
    {
        if (!OperatingSystem.IsLinux() || Environment.UserName != "root")
        {
            return "needs root on Linux to mount a small or read-only file system";
        }

        var folder = Directory.CreateTempSubdirectory("reporting-mount-probe-").FullName;
        try
        {
            var (code, output) = Execute("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", folder);
            if (code != 0)
            {
                return $"this machine does not let the tests mount a file system ({output.Trim()})";
            }

            Unmount(folder);
            return null;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return $"no mount command ({e.Message})";
        }
        finally
        {
            Directory.Delete(folder);
        }
    }

    private static (int Code, string Output) Execute(string program, params string[] args)
    {
        var info = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output);
    }
}
