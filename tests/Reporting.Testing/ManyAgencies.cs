using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Reporting.Testing;

/// <summary>
/// A templates folder for a province of any size (the benchmark's, and the portal's tests at ministry scale): the repo's
/// catalog, and an agency list in which every agency reports all non-derived indicators. Mostly communes (XA00003,
/// "UBND xã số 00003"); every 50th a department (SO00001), every 50th an enterprise (DN00002); two communes in 50 report
/// quarterly.
/// </summary>
public static class ManyAgencies
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes indicators.json (the repo's) and a synthetic agencies.json into <paramref name="templates"/>.</summary>
    public static void WriteTemplates(string templates, int agencyCount)
    {
        Directory.CreateDirectory(templates);
        File.Copy(Path.Combine(RepoFiles.Templates, "indicators.json"), Path.Combine(templates, "indicators.json"), overwrite: true);

        // Province and groups as in the real list, so reports read the same.
        var real = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoFiles.Templates, "agencies.json")))!;
        var codes = RepoFiles.Catalog.Indicators.Where(i => !i.IsDerived).Select(i => i.Code).ToList();
        var agencies = Enumerable.Range(1, agencyCount).Select(Entry).ToList();
        var file = new { province = real["province"]!.DeepClone(), groups = real["groups"]!.DeepClone(), profiles = new { all = codes }, agencies };
        File.WriteAllText(Path.Combine(templates, "agencies.json"), JsonSerializer.Serialize(file, Json));
    }

    private static object Entry(int i)
    {
        var number = i.ToString("D5", CultureInfo.InvariantCulture);
        var (group, code, name) = (i % 50) switch
        {
            1 => ("department", "SO" + number, "Sở tổng hợp số " + number),
            2 => ("enterprise", "DN" + number, "Doanh nghiệp bưu chính viễn thông số " + number),
            _ => ("commune", "XA" + number, "UBND xã số " + number),
        };
        var frequency = i % 25 == 7 ? "quarterly" : "monthly";
        return new { code, name, nameEn = (string?)null, group, profile = "all", frequency, replaces = Array.Empty<string>() };
    }
}
