using Xunit;
using Xunit.Sdk;

namespace Reporting.Testing;

/// <summary>
/// A storage test run once per <see cref="StorageProvider"/>, with the same assertions: the method's first parameter is
/// the provider; rows of its other data attributes (<c>[InlineData]</c>, <c>[MemberData]</c>) run once per provider each.
/// Where no PostgreSQL server is available the PostgreSQL cases are reported skipped, saying why (never silently left out).
/// </summary>
[XunitTestCaseDiscoverer("Reporting.Testing.ProviderTheoryDiscoverer", "Reporting.Testing")]
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public class ProviderTheoryAttribute : FactAttribute
{
    /// <summary>Runs the test on SQLite only, naming why (a test about SQLite files).</summary>
    public string? SqliteOnly { get; set; }
}
