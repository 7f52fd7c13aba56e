using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using System.Xml.Linq;

namespace Reporting.Testing;

/// <summary>
/// What a product project depends on, read from both ends: its project file (project and package references) and its
/// compiled assembly (the assemblies and types it refers to). The architecture tests of each test project hold their
/// project to its edges with it; every finding names the offending reference.
/// </summary>
public sealed class ProjectEdges
{
    /// <summary>Packages (and their assemblies) that read or write files, databases or documents: the I/O the layers keep apart.</summary>
    public static readonly IReadOnlyList<string> IoPackages =
    [
        "Microsoft.EntityFrameworkCore", "Microsoft.Data.Sqlite", "SQLitePCLRaw", "Npgsql", "ClosedXML", "DocumentFormat.OpenXml",
        "ExcelDataReader", "SkiaSharp", "ScottPlot", "PdfPig", "UglyToad.PdfPig", "Microsoft.AspNetCore",
    ];

    private ProjectEdges(Assembly assembly, string name)
    {
        Assembly = assembly;
        Name = name;
        var projectFile = Path.Combine(RepoFiles.Root, "src", name, name + ".csproj");
        var project = XDocument.Load(projectFile);
        ProjectReferences = project.Descendants("ProjectReference")
            .Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value.Replace('\\', '/')))
            .ToList();
        PackageReferences = project.Descendants("PackageReference").Select(r => r.Attribute("Include")!.Value).ToList();
        AssemblyReferences = assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
    }

    public Assembly Assembly { get; }

    /// <summary>The project's name, e.g. <c>Reporting.Core</c> (its assembly's too, but for the CLI's <c>reporting</c>).</summary>
    public string Name { get; }

    /// <summary>The projects its project file references, by name.</summary>
    public IReadOnlyList<string> ProjectReferences { get; }

    /// <summary>The packages its project file references.</summary>
    public IReadOnlyList<string> PackageReferences { get; }

    /// <summary>The assemblies the compiled assembly refers to (only those whose types or members it uses).</summary>
    public IReadOnlyList<string> AssemblyReferences { get; }

    /// <summary>Our own assemblies it refers to.</summary>
    public IReadOnlyList<string> ProductReferences => AssemblyReferences.Where(IsProduct).ToList();

    /// <summary>The edges of the product assembly that holds <paramref name="type"/>, with its project file src/NAME/NAME.csproj.</summary>
    /// <param name="project">The project's name where its assembly is named otherwise.</param>
    public static ProjectEdges Of(Type type, string? project = null)
    {
        ArgumentNullException.ThrowIfNull(type);
        return new ProjectEdges(type.Assembly, project ?? type.Assembly.GetName().Name!);
    }

    /// <summary>The edges of a product assembly file (e.g. a data provider's found in the tests' output folder).</summary>
    public static ProjectEdges Load(string assemblyPath)
    {
        var assembly = Assembly.LoadFrom(assemblyPath);
        return new ProjectEdges(assembly, assembly.GetName().Name!);
    }

    /// <summary>Findings as one message, a line each, for an assertion that shows them all.</summary>
    public static string Explain(IEnumerable<string> findings) => string.Join(Environment.NewLine, findings);

    public static bool IsProduct(string assemblyName) => assemblyName.StartsWith("Reporting.", StringComparison.Ordinal);

    /// <summary>Whether an assembly is part of the .NET base library (the shared framework the runtime itself runs from).</summary>
    public static bool IsBaseLibrary(string assemblyName) =>
        assemblyName is "netstandard" or "mscorlib" || File.Exists(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), assemblyName + ".dll"));

    /// <summary>Whether an assembly or package name is, or belongs to, one of <see cref="IoPackages"/>.</summary>
    public static bool IsIo(string name) =>
        IoPackages.Any(p => name.Equals(p, StringComparison.OrdinalIgnoreCase) || name.StartsWith(p + ".", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Findings, one per offending reference: a project or product assembly outside <paramref name="allowedProjects"/>,
    /// or a package or assembly that <paramref name="forbidden"/> says no to.
    /// </summary>
    public IReadOnlyList<string> Offending(IReadOnlyCollection<string> allowedProjects, Func<string, bool> forbidden)
    {
        var findings = new List<string>();
        findings.AddRange(ProjectReferences.Where(p => !allowedProjects.Contains(p))
            .Select(p => $"{Name}.csproj references project {p} (allowed: {Describe(allowedProjects)})"));
        findings.AddRange(ProductReferences.Where(p => !allowedProjects.Contains(p))
            .Select(p => $"{Name}.dll uses types of {p}{TypesOf(p)} (allowed: {Describe(allowedProjects)})"));
        findings.AddRange(PackageReferences.Where(forbidden).Select(p => $"{Name}.csproj references package {p}"));
        findings.AddRange(AssemblyReferences.Where(a => !IsProduct(a) && forbidden(a)).Select(a => $"{Name}.dll uses types of {a}{TypesOf(a)}"));
        return findings;
    }

    /// <summary>The types the assembly names from <paramref name="referencedAssembly"/> (at most a few, for a message).</summary>
    public string TypesOf(string referencedAssembly)
    {
        var types = TypeReferences().Where(t => t.Assembly == referencedAssembly).Select(t => t.FullName).Distinct().Order(StringComparer.Ordinal).ToList();
        return types.Count == 0 ? string.Empty : $": {string.Join(", ", types.Take(8))}{(types.Count > 8 ? $" and {types.Count - 8} more" : string.Empty)}";
    }

    /// <summary>Every type the assembly's metadata refers to in another assembly (full name, and that assembly).</summary>
    public IReadOnlyList<(string FullName, string Assembly)> TypeReferences()
    {
        using var stream = File.OpenRead(Assembly.Location);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        var found = new List<(string, string)>();
        foreach (var handle in metadata.TypeReferences)
        {
            var reference = metadata.GetTypeReference(handle);
            var (assembly, outer) = ScopeOf(metadata, reference);
            var name = metadata.GetString(reference.Name);
            var ns = metadata.GetString(reference.Namespace);
            var full = outer is not null ? outer + "+" + name : ns.Length == 0 ? name : ns + "." + name;
            if (assembly is not null)
            {
                found.Add((full, assembly));
            }
        }

        return found;
    }

    private static (string? Assembly, string? Outer) ScopeOf(MetadataReader metadata, TypeReference reference)
    {
        var scope = reference.ResolutionScope;
        if (scope.Kind == HandleKind.AssemblyReference)
        {
            return (metadata.GetString(metadata.GetAssemblyReference((AssemblyReferenceHandle)scope).Name), null);
        }

        if (scope.Kind == HandleKind.TypeReference)
        {
            var outer = metadata.GetTypeReference((TypeReferenceHandle)scope);
            var (assembly, outerOuter) = ScopeOf(metadata, outer);
            var ns = metadata.GetString(outer.Namespace);
            var name = metadata.GetString(outer.Name);
            return (assembly, outerOuter is not null ? outerOuter + "+" + name : ns.Length == 0 ? name : ns + "." + name);
        }

        return (null, null);
    }

    private static string Describe(IReadOnlyCollection<string> allowed) => allowed.Count == 0 ? "none" : string.Join(", ", allowed);
}
