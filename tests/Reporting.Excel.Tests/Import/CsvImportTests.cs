using System.Text;
using Reporting.Core.Periods;
using Reporting.Core.Submissions;
using Reporting.Excel.Import;
using Reporting.Excel.Tests.Submissions;

namespace Reporting.Excel.Tests.Import;

public sealed class CsvImportTests : IDisposable
{
    private static readonly PeriodId Q1 = PeriodId.Parse("2026-Q1");
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Import_CommaSeparatedUtf8WithBom_ReadsValuesAndNamesCellsByLine()
    {
        var path = Write("vp.csv", "Code,Indicator,Unit,Value,Note\r\nEDOC.SENT,Văn bản đi,văn bản,\"1,234,567\",\"ước, chưa đủ\"\r\nREC.DIRECT,Hồ sơ,hồ sơ,,\r\nEDOC.CONNECTED,Kết nối,,Có,\r\n", bom: true);

        var parsed = Read(path, "VPUBND", Q1);

        Assert.Empty(parsed.Issues);
        Assert.Equal("VPUBND", parsed.AgencyCode);
        Assert.Equal(Q1, parsed.Period);
        Assert.Null(parsed.Sheet);
        Assert.Equal(
            [("EDOC.SENT", (decimal?)1234567m, "D2", "ước, chưa đủ"), ("REC.DIRECT", null, "D3", null), ("EDOC.CONNECTED", 1m, "D4", null)],
            parsed.Values.Select(v => (v.IndicatorCode, v.Value, v.Cell, v.Note)));
    }

    [Fact]
    public void Import_SemicolonSeparated_WithVietnameseDecimals()
    {
        var path = Write("vnpost.csv", "Code;Indicator;Unit;Value;Note\nPOST.REVENUE;Doanh thu;tỷ đồng;1.234,56;\nPOST.BRANCHES;Điểm;điểm;1.234;\n");

        var parsed = Read(path, "VNPOST", Q1);

        Assert.Empty(parsed.Issues);
        Assert.Equal([1234.56m, 1234m], parsed.Values.Select(v => v.Value!.Value));
    }

    [Fact]
    public void Import_CsvWithAnEstimateColumn_MarksItsRows_AndRefusesOtherWordsByCell()
    {
        var path = Write("vp.csv", "Code,Indicator,Unit,Value,Note,Estimate\nEDOC.SENT,,,12,,x\nREC.DIRECT,,,7,,Không\nEDOC.SIGNED,,,10,\n");

        var parsed = Read(path, "VPUBND", Q1);

        Assert.Empty(parsed.Issues);
        Assert.Equal([("EDOC.SENT", true), ("REC.DIRECT", false), ("EDOC.SIGNED", false)], parsed.Values.Select(v => (v.IndicatorCode, v.IsEstimate)));

        var bad = Read(Write("bad.csv", "Code,Indicator,Unit,Value,Note,Estimate\nEDOC.SENT,,,12,,ước?\n"), "VPUBND", Q1);
        var issue = Assert.Single(bad.Issues);
        Assert.Equal(("F2", "EDOC.SENT"), (issue.Cell, issue.IndicatorCode));
    }

    [Fact]
    public void Import_CsvWithoutAgencyAndPeriod_SaysTheyAreNeeded()
    {
        var path = Write("vp.csv", "Code,Indicator,Unit,Value,Note\nEDOC.SENT,,,12,\n");

        var parsed = Read(path, null, null);

        var issue = Assert.Single(parsed.Issues);
        Assert.Equal("vp.csv: a CSV file needs --agency and --period (on the portal: the agency and period fields under 'CSV files')", issue.ToString());
        Assert.Equal(12m, Assert.Single(parsed.Values).Value);
    }

    [Fact]
    public void Import_CsvUnquotedThousandsComma_IsCaughtByTheFieldCount()
    {
        var path = Write("vp.csv", "Code,Indicator,Unit,Value,Note\nEDOC.SENT,Văn bản,văn bản,1,234,ước tính\n");

        var issue = Assert.Single(Read(path, "VPUBND", Q1).Issues);
        Assert.Equal("D2", issue.Cell);
        Assert.Contains("line 2 has 6 fields but the header has 5", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_CsvUnquotedThousandsComma_WithoutNote_IsNotReadAsOne()
    {
        // "1,234" unquoted with no note leaves 5 fields: value 1 and note 234.
        var path = Write("vp.csv", "Code,Indicator,Unit,Value,Note\nEDOC.SENT,Văn bản,văn bản,1,234\n");

        var parsed = Read(path, "VPUBND", Q1);

        var issue = Assert.Single(parsed.Issues);
        Assert.Equal("D2", issue.Cell);
        Assert.Contains("1,234", issue.Message, StringComparison.Ordinal);
        Assert.Empty(parsed.Values);
    }

    [Fact]
    public void Import_CsvBadValue_NamesColumnDAndTheLine()
    {
        var path = Write("vp.csv", "Code,Indicator,Unit,Value,Note\n\nEDOC.SENT,,,mười,\n");

        var issue = Assert.Single(Read(path, "VPUBND", Q1).Issues);
        Assert.Equal("vp.csv, cell D3, EDOC.SENT: 'mười' is not a number", issue.ToString());
    }

    [Fact]
    public void Import_CsvWithoutHeader_SaysWhatWasFound()
    {
        var path = Write("vp.csv", "Mã,Tên,ĐVT,Giá trị,Ghi chú\nEDOC.SENT,,,12,\n");

        var parsed = Read(path, "VPUBND", Q1);

        var issue = Assert.Single(parsed.Issues);
        Assert.Equal("vp.csv, cell A1: the header line is missing or different: line 1 should be 'Code,Indicator,Unit,Value,Note', found 'Mã,Tên,ĐVT,Giá trị,Ghi chú'", issue.ToString());
        Assert.Empty(parsed.Values);
    }

    [Fact]
    public void Import_CsvNotUtf8_AsksForCsvUtf8()
    {
        var path = folder.File("ansi.csv");
        File.WriteAllBytes(path, [.. "Code,Indicator,Unit,Value,Note\nEDOC.SENT,V"u8, 0xE3, 0x6E, .. ",,12,\n"u8]);

        Assert.Contains("not UTF-8", Assert.Single(Read(path, "VPUBND", Q1).Issues).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_CsvUnclosedQuote_SaysWhere()
    {
        var path = Write("vp.csv", "Code,Indicator,Unit,Value,Note\nEDOC.SENT,\"Văn bản,,12,\n");

        Assert.Contains("opened on line 2 is never closed", Assert.Single(Read(path, "VPUBND", Q1).Issues).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_CsvDuplicateCode_NamesBothLines()
    {
        var path = Write("vp.csv", "Code,Indicator,Unit,Value,Note\nEDOC.SENT,,,1,\nEDOC.SENT,,,2,\n");

        Assert.Equal("EDOC.SENT appears twice, in rows 2 and 3: keep one row", Assert.Single(Read(path, "VPUBND", Q1).Issues).Message);
    }

    [Theory]
    [InlineData("3f2a9c.upload", "Code,Indicator,Unit,Value,Note\nEDOC.SENT,,,\"1,234\",\nREC.DIRECT,,,,\n")]
    [InlineData("noextension", "\"Code\";\"Indicator\";\"Unit\";\"Value\";\"Note\"\r\nEDOC.SENT;;;1.234;\r\nREC.DIRECT;;;;\r\n")]
    public void Import_CsvStoredUnderAnotherName_IsReadByItsBytes(string storedAs, string text)
    {
        // The portal keeps an upload under a name it makes up; the sender's name is only shown.
        var path = Write(storedAs, text, bom: true);

        var parsed = new SubmissionFileReader(RepositoryFiles.Catalog).Read(path, "vp.csv", "VPUBND", Q1);

        Assert.Empty(parsed.Issues);
        Assert.Equal("vp.csv", parsed.SourceFile);
        Assert.Equal([("EDOC.SENT", (decimal?)1234m), ("REC.DIRECT", null)], parsed.Values.Select(v => (v.IndicatorCode, v.Value)));
    }

    [Fact]
    public void Import_CsvWithoutHeaderStoredUnderAnotherName_IsTreatedAsTheCsvItsSenderNamed()
    {
        var path = Write("3f2a9c.upload", "Mã,Tên,ĐVT,Giá trị,Ghi chú\nEDOC.SENT,,,12,\n");

        var issue = Assert.Single(new SubmissionFileReader(RepositoryFiles.Catalog).Read(path, "vp.csv", "VPUBND", Q1).Issues);

        Assert.StartsWith("vp.csv, cell A1: the header line is missing or different", issue.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(".upload", issue.ToString(), StringComparison.Ordinal);
    }

    private string Write(string name, string text, bool bom = false)
    {
        var path = folder.File(name);
        File.WriteAllText(path, text, new UTF8Encoding(bom));
        return path;
    }

    private static ParsedSubmission Read(string path, string? agency, PeriodId? period) =>
        new SubmissionFileReader(RepositoryFiles.Catalog).Read(path, agencyOverride: agency, periodOverride: period);
}
