using Reporting.Testing;

namespace Reporting.Data.Tests;

/// <summary>
/// Storage depends on the domain only: Reporting.Data references Core and no other of our projects, and a database
/// provider's own assembly (Reporting.Data.NAME: migrations and fast paths of one database) references Data and Core.
/// Neither touches documents, drawing or the web.
/// </summary>
public sealed class ArchitectureTests
{
    [Fact]
    public void Data_ReferencesCoreOnly_AndNoDocumentDrawingOrWebPackage()
    {
        var data = ProjectEdges.Of(typeof(SubmissionStore));

        var findings = data.Offending(["Reporting.Core"], IsForeignIo);

        Assert.True(findings.Count == 0, ProjectEdges.Explain(findings));
        Assert.Contains("Reporting.Core", data.ProductReferences);
    }

    [Fact]
    public void DataProviders_ReferenceDataAndCoreOnly()
    {
        // Every provider project under src/, and its assembly where these tests' output holds it.
        var providers = Directory.EnumerateDirectories(Path.Combine(RepoFiles.Root, "src"), "Reporting.Data.*").Select(Path.GetFileName).ToList();
        var findings = new List<string>();
        foreach (var provider in providers)
        {
            var assembly = Path.Combine(AppContext.BaseDirectory, provider + ".dll");
            var edges = File.Exists(assembly) ? ProjectEdges.Load(assembly) : null;
            findings.AddRange(edges?.Offending(["Reporting.Data", "Reporting.Core"], IsForeignIo) ?? ProjectFileFindings(provider!));
        }

        Assert.True(findings.Count == 0, ProjectEdges.Explain(findings));
    }

    /// <summary>I/O packages other than storage's own (EF Core, SQLite, Npgsql).</summary>
    private static bool IsForeignIo(string name) =>
        ProjectEdges.IsIo(name) && !new[] { "Microsoft.EntityFrameworkCore", "Microsoft.Data.Sqlite", "SQLitePCLRaw", "Npgsql" }
            .Any(own => name.Equals(own, StringComparison.Ordinal) || name.StartsWith(own + ".", StringComparison.Ordinal));

    /// <summary>The project file's references, for a provider whose assembly these tests were not built with.</summary>
    private static IEnumerable<string> ProjectFileFindings(string provider)
    {
        var project = System.Xml.Linq.XDocument.Load(Path.Combine(RepoFiles.Root, "src", provider, provider + ".csproj"));
        foreach (var reference in project.Descendants("ProjectReference").Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value.Replace('\\', '/'))))
        {
            if (reference is not ("Reporting.Data" or "Reporting.Core"))
            {
                yield return $"{provider}.csproj references project {reference} (allowed: Reporting.Data, Reporting.Core)";
            }
        }

        foreach (var package in project.Descendants("PackageReference").Select(r => r.Attribute("Include")!.Value).Where(IsForeignIo))
        {
            yield return $"{provider}.csproj references package {package}";
        }
    }
}
