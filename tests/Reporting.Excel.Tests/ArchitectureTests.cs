using Reporting.Testing;

namespace Reporting.Excel.Tests;

/// <summary>
/// Reporting.Excel writes workbooks from Core's model: it references Core and no other of our projects, and of the I/O
/// packages only its own (ClosedXML, DocumentFormat.OpenXml and ExcelDataReader), never storage, the web or another document library.
/// </summary>
public sealed class ArchitectureTests
{
    private static readonly string[] Own = ["ClosedXML", "DocumentFormat.OpenXml", "ExcelDataReader"];

    [Fact]
    public void Excel_ReferencesCoreOnly_AndOfTheIoPackagesOnlyItsOwn()
    {
        var edges = ProjectEdges.Of(typeof(Reporting.Excel.Templates.SubmissionTemplateWriter));

        var findings = edges.Offending(["Reporting.Core"], name => ProjectEdges.IsIo(name) && !Own.Any(own => name.Equals(own, StringComparison.Ordinal) || name.StartsWith(own + ".", StringComparison.Ordinal)));

        Assert.True(findings.Count == 0, ProjectEdges.Explain(findings));
        Assert.Contains("Reporting.Core", edges.ProductReferences);
    }
}
