using System.Text.RegularExpressions;
using Reporting.Testing;
using Reporting.Web;

namespace Reporting.Web.Tests;

/// <summary>
/// The portal only translates: requests into a Reporting.Workflows call, its result into a page or a file. It references
/// Workflows, and Core for the vocabulary (periods, languages, indicators and how a figure is written); never Data,
/// Excel, Pdf or Word. Its one use of EF Core is ASP.NET Identity's store of users and roles, kept in
/// <c>Reporting.Web.Identity</c>; nothing else in the portal names an EF Core type. That store opens the reporting
/// database as Data does (Data's opening settings, SQLite's or PostgreSQL's EF provider): the one edge into Data, from
/// that folder only, until the store moves into a project of its own.
/// </summary>
public sealed partial class ArchitectureTests
{
    private static readonly string[] Allowed = ["Reporting.Workflows", "Reporting.Core"];

    private readonly ProjectEdges web = ProjectEdges.Of(typeof(PortalApp));

    [Fact]
    public void Web_ReferencesWorkflowsAndCoreOnly_AndNoDocumentOrDrawingPackage()
    {
        var findings = web.Offending([.. Allowed, "Reporting.Data"], name => ProjectEdges.IsIo(name) && !IsIdentityStore(name) && !name.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal)).ToList();

        findings.AddRange(web.TypeReferences()
            .Where(t => t.Assembly == "Reporting.Data" && !t.FullName.StartsWith("Reporting.Data.Opening.", StringComparison.Ordinal))
            .Select(t => $"Reporting.Web.dll uses {t.FullName} of Reporting.Data (only the identity store may, and only Data's opening settings)"));
        Assert.True(findings.Count == 0, ProjectEdges.Explain(findings));
        Assert.Contains("Reporting.Workflows", web.ProductReferences);
    }

    [Fact]
    public void Web_NamesEfCoreOnlyInItsIdentityStore()
    {
        var folder = Path.Combine(RepoFiles.Root, "src", "Reporting.Web");
        var identity = Path.Combine(folder, "Identity") + Path.DirectorySeparatorChar;
        var offending = Directory.EnumerateFiles(folder, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .Where(f => !f.StartsWith(identity, StringComparison.Ordinal) && !IsBuildOutput(folder, f))
            .Where(f => EfCoreNamespace().IsMatch(File.ReadAllText(f)) || DataNamespace().IsMatch(File.ReadAllText(f)))
            .Select(f => Path.GetRelativePath(RepoFiles.Root, f) + " names Microsoft.EntityFrameworkCore or Reporting.Data outside Reporting.Web.Identity")
            .ToList();

        Assert.True(offending.Count == 0, ProjectEdges.Explain(offending));
        Assert.Contains(web.TypeReferences(), t => t.FullName.StartsWith("Microsoft.EntityFrameworkCore.", StringComparison.Ordinal));
    }

    // A using or a qualified name; the logging category "Microsoft.EntityFrameworkCore" (a string) names no type.
    [GeneratedRegex(@"(?<!"")\bMicrosoft\.EntityFrameworkCore\b")]
    private static partial Regex EfCoreNamespace();

    [GeneratedRegex(@"(?<!"")\bReporting\.Data\b")]
    private static partial Regex DataNamespace();

    private static bool IsIdentityStore(string name) =>
        name.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal) || name.StartsWith("Npgsql.EntityFrameworkCore", StringComparison.Ordinal);

    private static bool IsBuildOutput(string folder, string file)
    {
        var relative = Path.GetRelativePath(folder, file);
        return relative.StartsWith("bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal) || relative.StartsWith("obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }
}
