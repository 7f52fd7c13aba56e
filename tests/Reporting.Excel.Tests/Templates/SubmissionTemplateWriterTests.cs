using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Reporting.Core.Catalog;
using Reporting.Excel.Import;
using Reporting.Excel.Templates;
using Reporting.Excel.Tests.Submissions;

namespace Reporting.Excel.Tests.Templates;

public sealed class SubmissionTemplateWriterTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Template_RoundTrip_ReadsBackPrefilledValuesAgencyAndPeriod()
    {
        var agency = RepositoryFiles.Agencies["VPUBND"];
        var catalog = RepositoryFiles.Catalog;

        // Every count gets a different number above a thousand, the yes/no indicator "yes"; one count is left empty.
        var values = new Dictionary<string, decimal?>();
        var n = 0;
        foreach (var code in agency.Indicators)
        {
            n++;
            values[code] = catalog[code].Kind == ValueKind.YesNo ? 1 : (n * 1111) + 7;
        }

        values["PORTAL.ANSWERED"] = null;
        var notes = new Dictionary<string, string> { ["EDOC.SENT"] = "ước thực hiện" };
        var path = SubmissionWorkbooks.Template(folder, values: values, notes: notes);

        var parsed = new SubmissionFileReader(catalog).Read(path);

        Assert.Empty(parsed.Issues);
        Assert.Equal("VPUBND", parsed.AgencyCode);
        Assert.Equal("B2", parsed.AgencyCell);
        Assert.Equal("2026-Q1", parsed.Period.ToString());
        Assert.Equal("B3", parsed.PeriodCell);
        Assert.Equal("Data", parsed.Sheet);
        Assert.Equal(agency.Indicators.Order(StringComparer.Ordinal), parsed.Values.Select(v => v.IndicatorCode).Order(StringComparer.Ordinal));
        foreach (var value in parsed.Values)
        {
            Assert.Equal(values[value.IndicatorCode], value.Value);
        }

        Assert.Equal(2229m, parsed.Values.Single(v => v.IndicatorCode == "EDOC.SENT").Value);
        Assert.Equal("ước thực hiện", parsed.Values.Single(v => v.IndicatorCode == "EDOC.SENT").Note);
        Assert.Null(parsed.Values.Single(v => v.IndicatorCode == "PORTAL.ANSWERED").Value);
    }

    [Fact]
    public void Template_PrefilledAmounts_AreRealNumbers()
    {
        var path = SubmissionWorkbooks.Template(folder, agency: "VNPOST", values: new Dictionary<string, decimal?> { ["POST.REVENUE"] = 1234.56m });

        using var workbook = new XLWorkbook(path);
        var sheet = workbook.Worksheet(SubmissionLayout.DataSheet);
        var cell = sheet.Cell(SubmissionWorkbooks.RowOf(sheet, "POST.REVENUE"), SubmissionLayout.ValueColumn);
        Assert.Equal(XLDataType.Number, cell.DataType);
        Assert.Equal(1234.56, cell.GetDouble(), 10);
        Assert.Equal("#,##0.00", cell.Style.NumberFormat.Format);
    }

    [Theory]
    [InlineData(Language.Vietnamese, "Đơn vị:", "Kỳ báo cáo:", "Hướng dẫn", "quý I năm 2026")]
    [InlineData(Language.English, "Agency:", "Period:", "Instructions", "Q1 2026")]
    public void Template_HeaderRow_IsCodeIndicatorUnitValueNote_ThenEstimate_InBothLanguages(Language language, string agencyLabel, string periodLabel, string instructions, string periodName)
    {
        var path = SubmissionWorkbooks.Template(folder, language: language);

        using var workbook = new XLWorkbook(path);
        var sheet = workbook.Worksheet(1);
        Assert.Equal("Data", sheet.Name);
        Assert.Equal(["Code", "Indicator", "Unit", "Value", "Note"], Enumerable.Range(1, 5).Select(c => sheet.Cell(5, c).GetString()));
        Assert.Equal("Estimate", sheet.Cell(5, 6).GetString());
        Assert.True(sheet.Cell(5, 7).IsEmpty());
        Assert.Equal(language == Language.English ? ("Estimate:", "No") : ("Số liệu ước tính:", "Không"), (sheet.Cell("A4").GetString(), sheet.Cell("B4").GetString()));
        Assert.False(sheet.Cell("B4").Style.Protection.Locked);
        Assert.Equal(agencyLabel, sheet.Cell("A2").GetString());
        Assert.Equal("VPUBND", sheet.Cell("B2").GetString());
        Assert.Equal(periodLabel, sheet.Cell("A3").GetString());
        Assert.Equal(periodName, sheet.Cell("C3").GetString());
        Assert.False(string.IsNullOrWhiteSpace(sheet.Cell("A1").GetString()));
        Assert.True(workbook.Worksheet(instructions).Cell("A2").GetString().Length > 20);
    }

    [Theory]
    [InlineData("2026-Q1")]
    [InlineData("2026-01")]
    [InlineData("2026")]
    public void Template_PeriodCell_IsText_NotANumberOrDate(string period)
    {
        var path = SubmissionWorkbooks.Template(folder, period: period);

        using var workbook = new XLWorkbook(path);
        var cell = workbook.Worksheet(SubmissionLayout.DataSheet).Cell("B3");
        Assert.Equal(XLDataType.Text, cell.DataType);
        Assert.Equal(period, cell.GetString());
    }

    [Fact]
    public void Template_ListsTheAgencyIndicators_InCatalogOrder_WithoutGroupRows()
    {
        var agency = RepositoryFiles.Agencies["VPUBND"];
        var path = SubmissionWorkbooks.Template(folder);

        using var workbook = new XLWorkbook(path);
        var sheet = workbook.Worksheet(SubmissionLayout.DataSheet);
        var codes = Enumerable.Range(6, agency.Indicators.Count + 1).Select(r => sheet.Cell(r, 1).GetString()).ToList();

        // The catalog lists groups in order and each group's indicators together, so catalog order is the expected order.
        var expected = RepositoryFiles.Catalog.Indicators.Select(i => i.Code).Where(agency.Indicators.Contains).ToList();
        Assert.Equal([.. expected, string.Empty], codes);
        Assert.Equal("EDOC.CONNECTED", codes[0]);
        Assert.Equal(RepositoryFiles.Catalog["EDOC.SENT"].NameVi, sheet.Cell(7, 2).GetString());
    }

    [Fact]
    public void Template_DataSheet_IsProtected_AndOnlyValueAndNoteCellsAreUnlocked()
    {
        var path = SubmissionWorkbooks.Template(folder);

        using var workbook = new XLWorkbook(path);
        var sheet = workbook.Worksheet(SubmissionLayout.DataSheet);
        Assert.True(sheet.Protection.IsProtected);
        Assert.False(sheet.Protection.IsPasswordProtected);
        Assert.False(sheet.Cell("D6").Style.Protection.Locked);
        Assert.False(sheet.Cell("E6").Style.Protection.Locked);
        Assert.False(sheet.Cell("D25").Style.Protection.Locked);
        Assert.True(sheet.Cell("A6").Style.Protection.Locked);
        Assert.True(sheet.Cell("B6").Style.Protection.Locked);
        Assert.True(sheet.Cell("C6").Style.Protection.Locked);
        Assert.True(sheet.Cell("B2").Style.Protection.Locked);
        Assert.True(sheet.Cell("B3").Style.Protection.Locked);
        Assert.Equal(5, sheet.SheetView.SplitRow);
    }

    [Fact]
    public void Template_ValueCells_CarryDataValidationAndNumberFormat_ByIndicatorKind()
    {
        var path = SubmissionWorkbooks.Template(folder, language: Language.Vietnamese);

        // Read with the OpenXml DOM, not with the library that wrote it.
        using var document = SpreadsheetDocument.Open(path, false);
        var workbookPart = document.WorkbookPart!;
        var sheet = workbookPart.Workbook.Sheets!.Elements<Sheet>().First(s => s.Name == "Data");
        var worksheet = ((WorksheetPart)workbookPart.GetPartById(sheet.Id!)).Worksheet;
        var validations = worksheet.Descendants<DataValidation>().ToList();

        var yesNo = validations.Single(v => Covers(v, "D6"));
        Assert.Equal(DataValidationValues.List, yesNo.Type!.Value);
        Assert.Equal("\"Có,Không\"", yesNo.Formula1!.Text);

        var count = validations.Single(v => Covers(v, "D7"));
        Assert.Equal(DataValidationValues.Whole, count.Type!.Value);
        Assert.Equal(DataValidationOperatorValues.GreaterThanOrEqual, count.Operator!.Value);
        Assert.Equal("0", count.Formula1!.Text);
        Assert.True(count.AllowBlank!.Value);

        using var workbook = new XLWorkbook(path);
        Assert.Equal("#,##0", workbook.Worksheet("Data").Cell("D7").Style.NumberFormat.Format);
    }

    [Fact]
    public void Template_AmountWithDecimals_AcceptsDecimalsOfAtLeastZero()
    {
        var path = SubmissionWorkbooks.Template(folder, agency: "VNPOST");
        int row;
        using (var workbook = new XLWorkbook(path))
        {
            row = SubmissionWorkbooks.RowOf(workbook.Worksheet("Data"), "POST.REVENUE");
        }

        using var document = SpreadsheetDocument.Open(path, false);
        var validation = document.WorkbookPart!.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<DataValidation>())
            .Single(v => Covers(v, "D" + row.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(DataValidationValues.Decimal, validation.Type!.Value);
        Assert.Equal(DataValidationOperatorValues.GreaterThanOrEqual, validation.Operator!.Value);
        Assert.Equal("0", validation.Formula1!.Text);
    }

    [Fact]
    public void Template_EnglishYesNoList_IsYesNo()
    {
        var path = SubmissionWorkbooks.Template(folder, language: Language.English);

        using var document = SpreadsheetDocument.Open(path, false);
        var lists = document.WorkbookPart!.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<DataValidation>())
            .Where(v => v.Type!.Value == DataValidationValues.List)
            .Select(v => v.Formula1!.Text)
            .ToList();
        Assert.Equal(["\"Yes,No\""], lists);
    }

    [Fact]
    public void Template_MetaSheet_IsVeryHidden_AndNamesAgencyPeriodAndTemplateVersion()
    {
        var path = SubmissionWorkbooks.Template(folder, agency: "STTTT", period: "2025-H1");

        using var document = SpreadsheetDocument.Open(path, false);
        var sheet = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == "_meta");
        Assert.Equal(SheetStateValues.VeryHidden, sheet.State!.Value);

        using var workbook = new XLWorkbook(path);
        var meta = workbook.Worksheet("_meta");
        Assert.Equal(XLWorksheetVisibility.VeryHidden, meta.Visibility);
        Assert.Equal(["agency", "STTTT", "period", "2025-H1", "template", "1"],
            new[] { "A1", "B1", "A2", "B2", "A3", "B3" }.Select(c => meta.Cell(c).GetString()));
    }

    [Fact]
    public void NumberFormat_FollowsKindAndDecimals()
    {
        var catalog = RepositoryFiles.Catalog;
        Assert.Equal("#,##0", SubmissionTemplateWriter.NumberFormat(catalog["EDOC.SENT"]));
        Assert.Equal("#,##0.00", SubmissionTemplateWriter.NumberFormat(catalog["POST.REVENUE"]));
        Assert.Equal("#,##0", SubmissionTemplateWriter.NumberFormat(catalog["TEL.REVENUE"]));
        Assert.Equal("0.00", SubmissionTemplateWriter.NumberFormat(catalog["EDOC.SIGNED_RATE"]));
    }

    /// <summary>True when the validation's ranges ("D7:D25 D27") include <paramref name="cell"/> of column D.</summary>
    private static bool Covers(DataValidation validation, string cell)
    {
        var row = int.Parse(cell[1..], System.Globalization.CultureInfo.InvariantCulture);
        return (validation.SequenceOfReferences?.InnerText ?? string.Empty).Split(' ').Any(range =>
        {
            var ends = range.Split(':');
            var first = int.Parse(ends[0][1..], System.Globalization.CultureInfo.InvariantCulture);
            var last = int.Parse(ends[^1][1..], System.Globalization.CultureInfo.InvariantCulture);
            return ends[0][0] == cell[0] && row >= first && row <= last;
        });
    }
}
