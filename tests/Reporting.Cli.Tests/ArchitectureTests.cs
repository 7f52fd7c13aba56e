using Reporting.Testing;

namespace Reporting.Cli.Tests;

/// <summary>
/// The command line only translates: arguments into a Reporting.Workflows call, its result into text. It references
/// Workflows, the portal it hosts for `reporting serve`, and Core for the vocabulary of both (periods, languages,
/// indicators and how a figure is written); never Data, Excel, Pdf or Word, and no package that does I/O of theirs.
/// </summary>
public sealed class ArchitectureTests
{
    private static readonly string[] Allowed = ["Reporting.Workflows", "Reporting.Web", "Reporting.Core"];

    [Fact]
    public void Cli_ReferencesWorkflowsThePortalAndCoreOnly_AndNoIoPackage()
    {
        var cli = ProjectEdges.Of(typeof(CliApp), "Reporting.Cli");

        // ASP.NET Core is the portal's host, which `reporting serve` starts.
        var findings = cli.Offending(Allowed, name => ProjectEdges.IsIo(name) && !name.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));

        Assert.True(findings.Count == 0, ProjectEdges.Explain(findings));
        Assert.Contains("Reporting.Workflows", cli.ProductReferences);
    }
}
