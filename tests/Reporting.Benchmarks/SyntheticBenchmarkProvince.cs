using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Reporting.Core.Agencies;
using Reporting.Core.Catalog;
using Reporting.Core.Periods;
using Reporting.Testing;

namespace Reporting.Benchmarks;

/// <summary>
/// A province of any size for the benchmark: the repo's catalog, and an agency list (agencies.json schema) in which every
/// agency reports all non-derived indicators. Mostly communes; every 50th a department, every 50th an enterprise;
/// two communes in 50 report quarterly.
/// </summary>
internal static class SyntheticBenchmarkProvince
{
    /// <summary>The months the big database holds: both H1 2026 and H1 2025 inside, nothing after the report period.</summary>
    public static readonly YearMonth FirstMonth = new(2024, 7);

    public static readonly YearMonth LastMonth = new(2026, 6);

    /// <summary>The first month of the ten-year database, which shows how cost grows with the data held.</summary>
    public static readonly YearMonth TenYearsFirstMonth = new(2016, 7);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes indicators.json (the repo's) and a synthetic agencies.json into <paramref name="templates"/>.</summary>
    public static void WriteTemplates(string templates, int agencyCount) => ManyAgencies.WriteTemplates(templates, agencyCount);

    public static AgencyDirectory Load(string templates, IndicatorCatalog catalog) =>
        AgencyListReader.Read(File.ReadAllText(Path.Combine(templates, "agencies.json")), catalog);

    /// <summary>Distinct agency and period pairs for the workbooks: agencies in list order, months January to June 2026.</summary>
    public static IReadOnlyList<(Agency Agency, PeriodId Period)> WorkbookPairs(AgencyDirectory directory, int count)
    {
        var agencies = directory.Agencies;
        return Enumerable.Range(0, count)
            .Select(k =>
            {
                var agency = agencies[k % agencies.Count];
                var month = new YearMonth(2026, 1).AddMonths((k % 6) + (6 * (k / agencies.Count)));
                return (agency, agency.SubmissionPeriodFor(month));
            })
            .Distinct()
            .ToList();
    }
}
