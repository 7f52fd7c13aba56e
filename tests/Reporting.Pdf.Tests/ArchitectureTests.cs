using Reporting.Testing;

namespace Reporting.Pdf.Tests;

/// <summary>
/// Reporting.Pdf writes the PDF and its charts from Core's model: it references Core and no other of our projects, and of the I/O
/// packages only its own (SkiaSharp and ScottPlot), never storage, the web or another document library.
/// </summary>
public sealed class ArchitectureTests
{
    private static readonly string[] Own = ["SkiaSharp", "ScottPlot"];

    [Fact]
    public void Pdf_ReferencesCoreOnly_AndOfTheIoPackagesOnlyItsOwn()
    {
        var edges = ProjectEdges.Of(typeof(Reporting.Pdf.LeaderSummaryPdf));

        var findings = edges.Offending(["Reporting.Core"], name => ProjectEdges.IsIo(name) && !Own.Any(own => name.Equals(own, StringComparison.Ordinal) || name.StartsWith(own + ".", StringComparison.Ordinal)));

        Assert.True(findings.Count == 0, ProjectEdges.Explain(findings));
        Assert.Contains("Reporting.Core", edges.ProductReferences);
    }
}
