using Reporting.Core.Agencies;
using Reporting.Core.Catalog;

namespace Reporting.Excel.Tests.Submissions;

/// <summary>The real catalog and agency list from templates/, found by walking up to Reporting.sln.</summary>
internal static class RepositoryFiles
{
    private static readonly Lazy<string> RootFolder = new(FindRoot);
    private static readonly Lazy<IndicatorCatalog> LoadedCatalog = new(() =>
        CatalogReader.Read(File.ReadAllText(Path.Combine(RootFolder.Value, "templates", "indicators.json"))));

    private static readonly Lazy<AgencyDirectory> LoadedAgencies = new(() =>
        AgencyListReader.Read(File.ReadAllText(Path.Combine(RootFolder.Value, "templates", "agencies.json")), LoadedCatalog.Value));

    public static IndicatorCatalog Catalog => LoadedCatalog.Value;

    public static AgencyDirectory Agencies => LoadedAgencies.Value;

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Reporting.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Reporting.sln not found above " + AppContext.BaseDirectory);
    }
}
