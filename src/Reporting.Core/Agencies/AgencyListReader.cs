using System.Text.Json;
using System.Text.Json.Serialization;
using Reporting.Core.Catalog;

namespace Reporting.Core.Agencies;

/// <summary>Reads the agency list from its JSON text (templates/agencies.json).</summary>
public static partial class AgencyListReader
{
    public static AgencyDirectory Read(string json, IndicatorCatalog catalog)
    {
        var file = TemplateDocument.Read(json, AgencyListJson.Default.AgencyFile, "agencies.json") ?? throw new FormatException("The agency list is empty");
        var agencies = file.Agencies.Select(a => new Agency
        {
            Code = a.Code,
            Name = a.Name,
            NameEn = a.NameEn,
            Group = a.Group,
            Frequency = ReportingFrequencies.Parse(a.Frequency),
            Indicators = IndicatorsOf(a, file.Profiles),
            ActiveFrom = a.ActiveFrom,
            ActiveUntil = a.ActiveUntil,
            Replaces = a.Replaces ?? [],
            Contact = a.Contact,
            Email = string.IsNullOrWhiteSpace(a.Email) ? null : a.Email.Trim(),
        }).ToList();

        CatalogReader.ThrowIfRepeated(agencies.Select(a => a.Code), "agency");
        CatalogReader.ThrowIfRepeated(agencies.SelectMany(a => a.Replaces), "replaced agency (an agency has one successor),");
        var directory = new AgencyDirectory(
            ProvinceOf(file.Province),
            file.Groups.Select(g => new AgencyGroup(g.Code, g.NameVi, g.NameEn)).ToList(),
            agencies);
        Check(directory, catalog);
        return directory;
    }

    /// <summary>The province with its report document's issuer: each setting left out takes its default.</summary>
    private static Province ProvinceOf(ProvinceEntry entry)
    {
        var province = new Province(entry.Code, entry.NameVi, entry.NameEn);
        var defaults = province.Issuer;

        // An English text left out repeats the configured Vietnamese one rather than a default naming someone else.
        static string English(string? vi, string? en, string enDefault) => en ?? vi ?? enDefault;
        var issuer = new DocumentIssuer(
            entry.ParentAgency ?? defaults.ParentAgencyVi,
            English(entry.ParentAgency, entry.ParentAgencyEn, defaults.ParentAgencyEn),
            entry.IssuingAgency ?? defaults.AgencyVi,
            English(entry.IssuingAgency, entry.IssuingAgencyEn, defaults.AgencyEn),
            entry.Place ?? defaults.PlaceVi,
            English(entry.Place, entry.PlaceEn, defaults.PlaceEn),
            entry.NumberSymbol ?? defaults.NumberSymbol,
            entry.SignerTitle ?? defaults.SignerTitleVi,
            English(entry.SignerTitle, entry.SignerTitleEn, defaults.SignerTitleEn),
            entry.SignerName ?? defaults.SignerName,
            entry.Recipients ?? defaults.RecipientsVi,
            entry.RecipientsEn ?? entry.Recipients ?? defaults.RecipientsEn);
        return province with { Issuer = issuer };
    }

    private static List<string> IndicatorsOf(AgencyEntry a, Dictionary<string, List<string>>? profiles)
    {
        var codes = new List<string>();
        if (a.Profile is not null)
        {
            codes.AddRange(profiles?.GetValueOrDefault(a.Profile) ?? throw new FormatException($"Agency {a.Code}: unknown profile '{a.Profile}'"));
        }

        codes.AddRange(a.Indicators ?? []);
        return codes.Distinct(StringComparer.Ordinal).ToList();
    }

    private static void Check(AgencyDirectory directory, IndicatorCatalog catalog)
    {
        var problems = new List<string>();
        foreach (var agency in directory.Agencies)
        {
            problems.AddRange(agency.Indicators.Where(c => catalog.Find(c) is not { IsDerived: false }).Select(c => $"{agency.Code} reports unknown or derived indicator {c}"));
            problems.AddRange(agency.Replaces.Where(c => directory.Find(c) is null).Select(c => $"{agency.Code} replaces unknown agency {c}"));
            if (agency.Email is { } email && (email.Count(c => c == '@') != 1 || email.StartsWith('@') || email.EndsWith('@') || email.Any(char.IsWhiteSpace) || !email[(email.IndexOf('@', StringComparison.Ordinal) + 1)..].Contains('.', StringComparison.Ordinal)))
            {
                problems.Add($"{agency.Code}: email '{email}' is not an e-mail address (name@example.gov.vn)");
            }

            if (directory.Groups.All(g => g.Code != agency.Group))
            {
                problems.Add($"{agency.Code} is in unknown group {agency.Group}");
            }
        }

        if (problems.Count > 0)
        {
            throw new FormatException("The agency list is inconsistent: " + string.Join("; ", problems));
        }
    }

    /// <summary>
    /// The reader generated at build time: a command's first read of the templates does not build one by reflection,
    /// which cost a cold start (every CLI command) tens of milliseconds.
    /// </summary>
    [JsonSourceGenerationOptions(JsonSerializerDefaults.Web, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true)]
    [JsonSerializable(typeof(AgencyFile))]
    private sealed partial class AgencyListJson : JsonSerializerContext;

    private sealed record AgencyFile(ProvinceEntry Province, List<GroupEntry> Groups, Dictionary<string, List<string>>? Profiles, List<AgencyEntry> Agencies);

    private sealed record ProvinceEntry(
        string Code,
        string NameVi,
        string NameEn,
        string? ParentAgency,
        string? ParentAgencyEn,
        string? IssuingAgency,
        string? IssuingAgencyEn,
        string? Place,
        string? PlaceEn,
        string? NumberSymbol,
        string? SignerTitle,
        string? SignerTitleEn,
        string? SignerName,
        List<string>? Recipients,
        List<string>? RecipientsEn);

    private sealed record GroupEntry(string Code, string NameVi, string NameEn);

    private sealed record AgencyEntry(
        string Code,
        string Name,
        string? NameEn,
        string Group,
        string? Profile,
        List<string>? Indicators,
        string Frequency,
        DateOnly? ActiveFrom,
        DateOnly? ActiveUntil,
        List<string>? Replaces,
        string? Contact,
        string? Email = null);
}
