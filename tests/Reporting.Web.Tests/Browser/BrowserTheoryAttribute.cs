using Reporting.Testing;
using Xunit.Sdk;

namespace Reporting.Web.Tests.Browser;

/// <summary>
/// A test that drives Chromium against the live portal, once per storage provider (as <see cref="ProviderTheoryAttribute"/>).
/// scripts/test.sh installs Chromium; where that was impossible (no root, no apt) the test is reported as skipped with
/// the reason instead of failing or passing silently.
/// </summary>
[XunitTestCaseDiscoverer("Reporting.Testing.ProviderTheoryDiscoverer", "Reporting.Testing")]
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class BrowserTheoryAttribute : ProviderTheoryAttribute
{
    public BrowserTheoryAttribute()
    {
        if (Chromium.Path is null)
        {
            Skip = "Chromium is not installed (no `chromium` on PATH); scripts/install-test-deps.sh could not install it on this machine.";
        }
    }
}

/// <summary>Debian's Chromium on PATH, the browser the tests drive.</summary>
public static class Chromium
{
    public static string? Path { get; } = Find();

    private static string? Find() =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => System.IO.Path.Combine(folder, "chromium"))
            .FirstOrDefault(File.Exists);
}
