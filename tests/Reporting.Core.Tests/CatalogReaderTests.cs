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
