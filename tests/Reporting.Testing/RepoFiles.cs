using Reporting.Core.Agencies;
using Reporting.Core.Catalog;

namespace Reporting.Testing;

/// <summary>Finds the repository from a build output folder and loads its templates/.</summary>
public static class RepoFiles
{
    private static readonly Lazy<string> RootPath = new(FindRoot);
    private static readonly Lazy<IndicatorCatalog> CatalogValue = new(() => CatalogReader.Read(File.ReadAllText(Path.Combine(Templates, "indicators.json"))));
    private static readonly Lazy<AgencyDirectory> DirectoryValue = new(() => AgencyListReader.Read(File.ReadAllText(Path.Combine(Templates, "agencies.json")), CatalogValue.Value));

    public static string Root => RootPath.Value;

    public static string Templates => Path.Combine(Root, "templates");

    public static string Samples => Path.Combine(Root, "samples");

    public static IndicatorCatalog Catalog => CatalogValue.Value;

    public static AgencyDirectory Directory => DirectoryValue.Value;

    private static string FindRoot()
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
}
