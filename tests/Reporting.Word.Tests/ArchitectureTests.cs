using Reporting.Testing;

namespace Reporting.Word.Tests;

/// <summary>
/// Reporting.Word writes the report document from Core's model: it references Core and no other of our projects, and of the I/O
/// packages only its own (DocumentFormat.OpenXml), never storage, the web or another document library.
/// </summary>
public sealed class ArchitectureTests
{
    private static readonly string[] Own = ["DocumentFormat.OpenXml"];

    [Fact]
    public void Word_ReferencesCoreOnly_AndOfTheIoPackagesOnlyItsOwn()
    {
        var edges = ProjectEdges.Of(typeof(Reporting.Word.ReportDocumentWriter));

        var findings = edges.Offending(["Reporting.Core"], name => ProjectEdges.IsIo(name) && !Own.Any(own => name.Equals(own, StringComparison.Ordinal) || name.StartsWith(own + ".", StringComparison.Ordinal)));

        Assert.True(findings.Count == 0, ProjectEdges.Explain(findings));
        Assert.Contains("Reporting.Core", edges.ProductReferences);
    }
}
