using Reporting.Testing;
using Reporting.Workflows.Queries;

namespace Reporting.Workflows.Tests;

/// <summary>
/// Workflows is where the use cases meet the I/O projects: it references Core, Data (and Data's providers,
/// Reporting.Data.NAME), Excel, Pdf and Word, and no host; nothing of ASP.NET Core, which is the portal's.
/// </summary>
public sealed class ArchitectureTests
{
    [Fact]
    public void Workflows_ReferencesCoreDataExcelPdfAndWordOnly_AndNoHost()
    {
        var workflows = ProjectEdges.Of(typeof(SummaryQuery));
        var providers = Directory.EnumerateDirectories(Path.Combine(RepoFiles.Root, "src"), "Reporting.Data.*").Select(d => Path.GetFileName(d)!);
        string[] allowed = ["Reporting.Core", "Reporting.Data", "Reporting.Excel", "Reporting.Pdf", "Reporting.Word", .. providers];

        var findings = workflows.Offending(allowed, name => name.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));

        Assert.True(findings.Count == 0, ProjectEdges.Explain(findings));
        Assert.Equal(["Reporting.Core", "Reporting.Data", "Reporting.Excel", "Reporting.Pdf", "Reporting.Word"], workflows.ProductReferences.Order(StringComparer.Ordinal).Where(r => !r.StartsWith("Reporting.Data.", StringComparison.Ordinal)));
    }
}
