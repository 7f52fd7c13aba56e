using Reporting.Core.Periods;

namespace Reporting.Core.Tests;

public class ArchitectureTests
{
    private static readonly string[] IoPackages = ["ClosedXML", "DocumentFormat", "SkiaSharp", "ScottPlot", "EntityFrameworkCore", "Sqlite", "ExcelDataReader", "PdfPig"];

    [Fact]
    public void Core_ReferencesNoIoPackage()
    {
        var referenced = typeof(PeriodId).Assembly.GetReferencedAssemblies().Select(a => a.Name ?? string.Empty).ToList();

        var offending = referenced.Where(name => IoPackages.Any(p => name.Contains(p, StringComparison.OrdinalIgnoreCase))).ToList();

        Assert.Empty(offending);
        Assert.Contains(referenced, name => name.StartsWith("System.", StringComparison.Ordinal));
    }
}
