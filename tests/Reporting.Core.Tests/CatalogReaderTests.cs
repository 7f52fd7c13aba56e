using Reporting.Core.Agencies;
using Reporting.Core.Catalog;
using Reporting.Core.Periods;

namespace Reporting.Core.Tests;

/// <summary>Broken catalog data is refused with a message that names the problem, not a bare exception.</summary>
public sealed class CatalogReaderTests
{
    [Fact]
    public void Read_CatalogWithARepeatedCode_NamesTheCode()
    {
        var json = TestData.CatalogJson.Replace("\"indicators\": [", "\"indicators\": [" + FirstIndicator() + ",", StringComparison.Ordinal);

        var error = Assert.Throws<FormatException>(() => CatalogReader.Read(json));

        Assert.Contains("appears 2 times", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_AgencyListWhereOneAgencyHasTwoSuccessors_SaysSo()
    {
        const string agencies = """
            { "province": { "code": "P", "nameVi": "Tỉnh P", "nameEn": "P" },
              "groups": [ { "code": "commune", "nameVi": "Xã", "nameEn": "Communes" } ],
              "agencies": [
                { "code": "OLD", "name": "Xã Cũ", "group": "commune", "frequency": "monthly", "activeUntil": "2025-06-30" },
                { "code": "A", "name": "Xã A", "group": "commune", "frequency": "monthly", "activeFrom": "2025-07-01", "replaces": ["OLD"] },
                { "code": "B", "name": "Xã B", "group": "commune", "frequency": "monthly", "activeFrom": "2025-07-01", "replaces": ["OLD"] } ] }
            """;

        var error = Assert.Throws<FormatException>(() => AgencyListReader.Read(agencies, TestData.TestCatalog));

        Assert.Contains("OLD appears 2 times", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Calendar_ReadsCutoffAndDueDays_AndRejectsImpossibleOnes()
    {
        var calendar = PeriodCalendar.Read("""{ "cutoffDay": 15, "dueDaysAfterEnd": 3 }""");

        Assert.Equal(new DateOnly(2026, 6, 17), calendar.Due(PeriodId.Parse("2026-H1")));
        Assert.Throws<FormatException>(() => PeriodCalendar.Read("""{ "cutoffDay": 31, "dueDaysAfterEnd": 3 }"""));
    }

    [Fact]
    public void Read_DocumentsCutShort_AreRefusedNamingTheDocumentTheFieldAndTheLine()
    {
        // Each cut inside a quoted text of its second line or later: the parser stops in the middle of a field.
        var catalog = TestData.CatalogJson[..CutInsideText(TestData.CatalogJson)];
        var agenciesJson = File.ReadAllText(Path.Combine(RepoTemplates.Root(), "templates", "agencies.json"));
        var agencies = agenciesJson[..CutInsideText(agenciesJson)];
        const string calendar = "{\n  \"cutoffDay\": 15,\n  \"timeZone\": \"Asia/Ho_";

        var errors = new[]
        {
            Assert.Throws<FormatException>(() => CatalogReader.Read(catalog)),
            Assert.Throws<FormatException>(() => AgencyListReader.Read(agencies, RepoTemplates.Catalog)),
            Assert.Throws<FormatException>(() => PeriodCalendar.Read(calendar)),
        };

        Assert.StartsWith("indicators.json: ", errors[0].Message, StringComparison.Ordinal);
        Assert.StartsWith("agencies.json: ", errors[1].Message, StringComparison.Ordinal);
        Assert.StartsWith("calendar.json: timeZone (line 3) cannot be read", errors[2].Message, StringComparison.Ordinal);
        Assert.All(errors, e => Assert.Matches(@"\(line \d+\) cannot be read: ", e.Message));
    }

    /// <summary>A cut just after the opening quote of the third text value (at least the second line).</summary>
    private static int CutInsideText(string json)
    {
        var quote = -1;
        for (var n = 0; n < 6; n++)
        {
            quote = json.IndexOf('"', quote + 1);
        }

        return quote + 2;
    }

    private static string FirstIndicator()
    {
        var start = TestData.CatalogJson.IndexOf('{', TestData.CatalogJson.IndexOf("\"indicators\"", StringComparison.Ordinal));
        var depth = 0;
        for (var i = start; ; i++)
        {
            depth += TestData.CatalogJson[i] switch { '{' => 1, '}' => -1, _ => 0 };
            if (depth == 0)
            {
                return TestData.CatalogJson[start..(i + 1)];
            }
        }
    }
}
