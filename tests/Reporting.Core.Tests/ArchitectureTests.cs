using Reporting.Core.Periods;
using Reporting.Testing;

namespace Reporting.Core.Tests;

/// <summary>
/// Core is the domain and its rules, nothing else: it references no project and no package, only .NET's base library,
/// and of that library it names no type that reaches outside the process (files, streams, network, databases, the
/// console, other processes). It reads its JSON documents (catalog, agencies, calendar) from strings the caller read.
/// </summary>
public sealed class ArchitectureTests
{
    /// <summary>Namespaces and types of the base library that do I/O.</summary>
    private static readonly string[] IoNamespaces = ["System.IO", "System.Net", "System.Data", "Microsoft.Win32"];

    private static readonly string[] IoTypes = ["System.Console", "System.Diagnostics.Process"];

    private readonly ProjectEdges core = ProjectEdges.Of(typeof(PeriodId));

    [Fact]
    public void Core_ReferencesNoProjectAndNoPackage_OnlyTheBaseLibrary()
    {
        var findings = core.Offending([], ProjectEdges.IsIo).ToList();
        findings.AddRange(core.PackageReferences.Select(p => $"Reporting.Core.csproj references package {p}"));
        findings.AddRange(core.AssemblyReferences.Where(a => !ProjectEdges.IsBaseLibrary(a)).Select(a => $"Reporting.Core.dll uses types of {a}{core.TypesOf(a)}, which is not .NET's base library"));

        Assert.True(findings.Count == 0, ProjectEdges.Explain(findings));
        Assert.Contains("System.Runtime", core.AssemblyReferences);
    }

    [Fact]
    public void Core_NamesNoFileStreamNetworkDatabaseOrProcessType()
    {
        var offending = core.TypeReferences()
            .Where(t => IoNamespaces.Any(ns => t.FullName.StartsWith(ns + ".", StringComparison.Ordinal)) || IoTypes.Contains(t.FullName))
            .Select(t => $"Reporting.Core.dll uses {t.FullName} ({t.Assembly})")
            .Distinct()
            .ToList();

        Assert.True(offending.Count == 0, ProjectEdges.Explain(offending));
        Assert.Contains(core.TypeReferences(), t => t.FullName == "System.Text.Json.JsonSerializer");
    }
}
