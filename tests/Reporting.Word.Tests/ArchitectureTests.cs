namespace Reporting.Word.Tests;

public sealed class ArchitectureTests
{
    [Fact]
    public void WordProject_ReferencesCoreAndOpenXmlOnly()
    {
        var referenced = typeof(ReportDocumentWriter).Assembly.GetReferencedAssemblies().Select(a => a.Name ?? string.Empty).ToList();

        var others = referenced.Where(n => !n.StartsWith("System", StringComparison.Ordinal) && n is not "netstandard" and not "Reporting.Core" and not "DocumentFormat.OpenXml").ToList();

        Assert.Empty(others);
        Assert.Contains("Reporting.Core", referenced);
        Assert.Contains("DocumentFormat.OpenXml", referenced);
    }
}
