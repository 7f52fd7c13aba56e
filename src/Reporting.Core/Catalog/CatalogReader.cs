using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Reporting.Core.Catalog;

/// <summary>Reads the indicator catalog from its JSON text (templates/indicators.json).</summary>
public static partial class CatalogReader
{
    public static IndicatorCatalog Read(string json)
    {
        var file = TemplateDocument.Read(json, CatalogJson.Default.CatalogFile, "indicators.json") ?? throw new FormatException("The indicator catalog is empty");
        var groups = file.Groups.Select(g => new IndicatorGroup(g.Code, g.NameVi, g.NameEn)).ToList();
        var indicators = file.Indicators.Select(ToIndicator).ToList();
        ThrowIfRepeated(indicators.Select(i => i.Code), "indicator");
        var catalog = new IndicatorCatalog(groups, indicators);
        Check(catalog);
        return catalog;
    }

    private static Indicator ToIndicator(IndicatorEntry e) => new()
    {
        Code = e.Code,
        NameVi = e.NameVi,
        NameEn = e.NameEn,
        UnitVi = e.UnitVi,
        UnitEn = e.UnitEn,
        Group = e.Group,
        Kind = e.Kind switch
        {
            "count" => ValueKind.Count,
            "amount" => ValueKind.Amount,
            "rate" => ValueKind.Rate,
            "yesno" => ValueKind.YesNo,
            _ => throw new FormatException($"Indicator {e.Code}: kind '{e.Kind}' is not count, amount, rate or yesno"),
        },
        OverTime = e.OverTime switch
        {
            "flow" => TimeRule.Flow,
            "stock" => TimeRule.Stock,
            _ => throw new FormatException($"Indicator {e.Code}: overTime '{e.OverTime}' is not flow or stock"),
        },
        OverAgencies = e.OverAgencies switch
        {
            "sum" => AgencyRule.Sum,
            "shareYes" => AgencyRule.ShareYes,
            "none" => AgencyRule.None,
            _ => throw new FormatException($"Indicator {e.Code}: overAgencies '{e.OverAgencies}' is not sum, shareYes or none"),
        },
        ReportedBy = e.ReportedBy ?? [],
        Decimals = e.Decimals,
        Max = e.Max,
        Headline = e.Headline,
        HigherIsBetter = e.HigherIsBetter ?? true,
        Formula = string.IsNullOrWhiteSpace(e.Formula) ? null : Formula.Parse(e.Formula),
        PartOf = e.PartOf,
        SumOf = e.SumOf,
        Targets = (e.Targets ?? []).ToDictionary(t => int.Parse(t.Key, CultureInfo.InvariantCulture), t => t.Value),
    };

    private static void Check(IndicatorCatalog catalog)
    {
        var problems = new List<string>();
        foreach (var i in catalog.Indicators)
        {
            var referenced = (i.Formula?.Codes ?? []).Concat(i.SumOf ?? []).Concat(i.PartOf is null ? [] : [i.PartOf]);
            problems.AddRange(referenced.Where(c => catalog.Find(c) is null).Select(c => $"{i.Code} refers to unknown indicator {c}"));
            if (catalog.Groups.All(g => g.Code != i.Group))
            {
                problems.Add($"{i.Code} is in unknown group {i.Group}");
            }
        }

        if (problems.Count > 0)
        {
            throw new FormatException("The indicator catalog is inconsistent: " + string.Join("; ", problems));
        }

        _ = catalog.DerivedInDependencyOrder().ToList();
    }

    /// <summary>Checked before building lookups, which would otherwise fail with a bare duplicate-key error.</summary>
    internal static void ThrowIfRepeated(IEnumerable<string> codes, string what)
    {
        var repeated = codes.GroupBy(c => c, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => $"{what} code {g.Key} appears {g.Count()} times").ToList();
        if (repeated.Count > 0)
        {
            throw new FormatException(string.Join("; ", repeated));
        }
    }

    /// <summary>
    /// The reader generated at build time: a command's first read of the templates does not build one by reflection,
    /// which cost a cold start (every CLI command) tens of milliseconds.
    /// </summary>
    [JsonSourceGenerationOptions(JsonSerializerDefaults.Web, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true)]
    [JsonSerializable(typeof(CatalogFile))]
    private sealed partial class CatalogJson : JsonSerializerContext;

    private sealed record CatalogFile(List<GroupEntry> Groups, List<IndicatorEntry> Indicators);

    private sealed record GroupEntry(string Code, string NameVi, string NameEn);

    private sealed record IndicatorEntry(
        string Code,
        string NameVi,
        string NameEn,
        string UnitVi,
        string UnitEn,
        string Group,
        string Kind,
        string OverTime,
        string OverAgencies,
        List<string>? ReportedBy,
        int Decimals,
        decimal? Max,
        bool Headline,
        bool? HigherIsBetter,
        string? Formula,
        string? PartOf,
        List<string>? SumOf,
        Dictionary<string, decimal>? Targets);
}
