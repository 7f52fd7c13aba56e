using Reporting.Core.Agencies;
using Reporting.Core.Catalog;

namespace Reporting.Core.Tests;

/// <summary>The real catalog and agency list from templates/, found by walking up to Reporting.sln.</summary>
internal static class RepoTemplates
{
    private static readonly Lazy<(IndicatorCatalog Catalog, AgencyDirectory Directory)> Loaded = new(Load);

    public static IndicatorCatalog Catalog => Loaded.Value.Catalog;

    public static AgencyDirectory Directory => Loaded.Value.Directory;

    public static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Reporting.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Reporting.sln not found above " + AppContext.BaseDirectory);
    }

    private static (IndicatorCatalog, AgencyDirectory) Load()
    {
        var templates = Path.Combine(Root(), "templates");
        var catalog = CatalogReader.Read(File.ReadAllText(Path.Combine(templates, "indicators.json")));
        var directory = AgencyListReader.Read(File.ReadAllText(Path.Combine(templates, "agencies.json")), catalog);
        return (catalog, directory);
    }
}
