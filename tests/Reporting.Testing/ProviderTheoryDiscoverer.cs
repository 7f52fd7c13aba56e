using Xunit.Abstractions;
using Xunit.Sdk;

namespace Reporting.Testing;

/// <summary>Makes the test cases of a <see cref="ProviderTheoryAttribute"/>: each data row on each provider.</summary>
public sealed class ProviderTheoryDiscoverer(IMessageSink diagnostics) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var display = discoveryOptions.MethodDisplayOrDefault();
        var displayOptions = discoveryOptions.MethodDisplayOptionsOrDefault();
        var parameters = testMethod.Method.GetParameters().ToList();
        if (parameters.Count == 0 || parameters[0].ParameterType.ToRuntimeType() != typeof(StorageProvider))
        {
            return [new ExecutionErrorTestCase(diagnostics, display, displayOptions, testMethod, "A [ProviderTheory] method takes the StorageProvider as its first parameter.")];
        }

        var providers = factAttribute.GetNamedArgument<string?>(nameof(ProviderTheoryAttribute.SqliteOnly)) is null
            ? [StorageProvider.Sqlite, StorageProvider.PostgreSql]
            : new[] { StorageProvider.Sqlite };
        var cases = new List<IXunitTestCase>();
        foreach (var row in DataRows(testMethod))
        {
            foreach (var provider in providers)
            {
                object?[] arguments = [provider, .. row];
                cases.Add(provider == StorageProvider.PostgreSql && TestPostgres.Unavailable is { } why
                    ? new XunitSkippedDataRowTestCase(diagnostics, display, displayOptions, testMethod, $"PostgreSQL not available: {why}", arguments)
                    : new XunitTestCase(diagnostics, display, displayOptions, testMethod, arguments));
            }
        }

        return cases;
    }

    /// <summary>The rows of the method's data attributes; one empty row when it has none.</summary>
    private List<object?[]> DataRows(ITestMethod testMethod)
    {
        var attributes = testMethod.Method.GetCustomAttributes(typeof(DataAttribute)).ToList();
        if (attributes.Count == 0)
        {
            return [[]];
        }

        var rows = new List<object?[]>();
        foreach (var attribute in attributes)
        {
            var discovererAttribute = attribute.GetCustomAttributes(typeof(DataDiscovererAttribute)).First();
            var discoverer = ExtensibilityPointFactory.GetDataDiscoverer(diagnostics, discovererAttribute);
            rows.AddRange(discoverer.GetData(attribute, testMethod.Method) ?? []);
        }

        return rows;
    }
}
