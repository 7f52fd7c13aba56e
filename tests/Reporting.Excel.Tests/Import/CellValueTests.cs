using System.Globalization;
using ClosedXML.Excel;
using Reporting.Core.Submissions;
using Reporting.Excel.Import;
using Reporting.Excel.Tests.Submissions;

namespace Reporting.Excel.Tests.Import;

/// <summary>How a value cell is read: typed text, numbers, percentages, formulas, yes/no.</summary>
public sealed class CellValueTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Theory]
    [InlineData("EDOC.SENT", "1.234.567", "1234567")]
    [InlineData("EDOC.SENT", "1,234,567", "1234567")]
    [InlineData("EDOC.SENT", "1234567", "1234567")]
    [InlineData("EDOC.SENT", "1 234 567", "1234567")]
    [InlineData("EDOC.SENT", "1.234", "1234")]
    [InlineData("EDOC.SENT", " 0 ", "0")]
    [InlineData("EDOC.SIGNED_RATE", "96%", "96")]
    [InlineData("EDOC.SIGNED_RATE", "96,5", "96.5")]
    [InlineData("EDOC.SIGNED_RATE", "96.5 %", "96.5")]
    [InlineData("POST.REVENUE", "1.234,56", "1234.56")]
    [InlineData("POST.REVENUE", "12,5", "12.5")]
    public void Import_NumberTypedAsText_IsRead(string code, string text, string expected)
    {
        var (parsed, _) = ReadWithTextValue(code, text);

        Assert.Empty(parsed.Issues);
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), Single(parsed, code).Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Import_EmptyValueCell_IsNotReported_NotZero(string text)
    {
        var (parsed, _) = ReadWithTextValue("EDOC.SENT", text);

        Assert.Empty(parsed.Issues);
        Assert.Null(Single(parsed, "EDOC.SENT").Value);
    }

    [Fact]
    public void Import_AmbiguousNumberForAmountWithDecimals_IsRejected_AndNamesTheCell()
    {
        var (parsed, cell) = ReadWithTextValue("POST.REVENUE", "1.234", "amount.xlsx");

        var issue = Assert.Single(parsed.Issues);
        Assert.StartsWith($"amount.xlsx, sheet 'Data', cell {cell}, POST.REVENUE: '1.234' is ambiguous", issue.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(parsed.Values, v => v.IndicatorCode == "POST.REVENUE");
    }

    [Fact]
    public void Import_RejectsTextInNumberCell_AndNamesFileSheetCellAndIndicator()
    {
        var (parsed, cell) = ReadWithTextValue("EDOC.SENT", "nhiều", "vp.xlsx");

        var issue = Assert.Single(parsed.Issues);
        Assert.StartsWith($"vp.xlsx, sheet 'Data', cell {cell}, EDOC.SENT: 'nhiều' is not a number", issue.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Import_PercentTypedForACount_IsRejected()
    {
        var (parsed, _) = ReadWithTextValue("EDOC.SENT", "96%");

        Assert.Contains("percentage", Assert.Single(parsed.Issues).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_NumericCellWithTooManyDecimals_IsRejected()
    {
        var (parsed, cell) = ReadWith("EDOC.SENT", c => c.SetValue(12.5));

        var issue = Assert.Single(parsed.Issues);
        Assert.Equal(cell, issue.Cell);
        Assert.Equal("12.5 is not a whole number", issue.Message);
    }

    [Fact]
    public void Import_AmountWithThreeDecimals_IsRejected()
    {
        var (parsed, _) = ReadWith("POST.REVENUE", c => c.SetValue(1.125));

        Assert.Equal("1.125 has more than 2 decimals", Assert.Single(parsed.Issues).Message);
    }

    [Fact]
    public void Import_NumericCell_IsReadAsDisplayed_WithoutBinaryNoise()
    {
        var path = Workbook("POST.REVENUE", out var cell);
        SubmissionWorkbooks.ReplaceCell(path, cell, string.Empty, "<v>0.30000000000000004</v>");

        var parsed = Read(path);

        Assert.Empty(parsed.Issues);
        Assert.Equal(0.3m, Single(parsed, "POST.REVENUE").Value);
    }

    [Theory]
    [InlineData("0.0%")]
    [InlineData("0%")]
    public void Import_PercentFormattedCell_ForARate_IsMultipliedBy100(string format)
    {
        var (parsed, _) = ReadWith("EDOC.SIGNED_RATE", c =>
        {
            c.SetValue(0.965);
            c.Style.NumberFormat.Format = format;
        });

        Assert.Empty(parsed.Issues);
        Assert.Equal(96.5m, Single(parsed, "EDOC.SIGNED_RATE").Value);
    }

    [Fact]
    public void Import_BuiltInPercentFormat_ForARate_IsMultipliedBy100()
    {
        var (parsed, _) = ReadWith("EDOC.SIGNED_RATE", c =>
        {
            c.SetValue(0.42);
            c.Style.NumberFormat.NumberFormatId = 9;
        });

        Assert.Empty(parsed.Issues);
        Assert.Equal(42m, Single(parsed, "EDOC.SIGNED_RATE").Value);
    }

    [Fact]
    public void Import_PercentFormattedCell_ForACount_IsRejected()
    {
        var (parsed, _) = ReadWith("EDOC.SENT", c =>
        {
            c.SetValue(0.5);
            c.Style.NumberFormat.Format = "0%";
        });

        Assert.Contains("formatted as a percentage (50%)", Assert.Single(parsed.Issues).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_FormulaWithCachedValue_UsesTheValue()
    {
        var path = Workbook("EDOC.SENT", out var cell);
        SubmissionWorkbooks.ReplaceCell(path, cell, string.Empty, "<f>1200+34</f><v>1234</v>");

        var parsed = Read(path);

        Assert.Empty(parsed.Issues);
        Assert.Equal(1234m, Single(parsed, "EDOC.SENT").Value);
    }

    [Fact]
    public void Import_StringFormulaWithCachedText_ParsesTheText()
    {
        var path = Workbook("EDOC.SENT", out var cell);
        SubmissionWorkbooks.ReplaceCell(path, cell, "t=\"str\"", "<f>TEXT(1234,\"#,##0\")</f><v>1,234</v>");

        Assert.Equal(1234m, Single(Read(path), "EDOC.SENT").Value);
    }

    [Fact]
    public void Import_FormulaWithoutCachedValue_AsksToSaveInExcelOrLibreOffice()
    {
        // ClosedXML writes formulas without computing them, like many programs do.
        var (parsed, cell) = ReadWith("EDOC.SENT", c => c.FormulaA1 = "1200+34", "formula.xlsx");

        var issue = Assert.Single(parsed.Issues);
        Assert.StartsWith($"formula.xlsx, sheet 'Data', cell {cell}, EDOC.SENT: EDOC.SENT (E-documents sent) is a formula without a computed value", issue.ToString(), StringComparison.Ordinal);
        Assert.Contains("open the file in Excel or LibreOffice and save it", issue.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(parsed.Values, v => v.IndicatorCode == "EDOC.SENT");
    }

    [Theory]
    [InlineData("<f>120+80</f><v></v>")]
    [InlineData("<f>120+80</f><v/>")]
    public void Import_FormulaWithAnEmptyCachedValue_IsRefused_NamingSheetCellAndIndicatorInBothLanguages(string xml)
    {
        // What openpyxl and some web exporters write: the formula, and an empty value nobody computed.
        var path = Workbook("EDOC.SENT", out var cell, "script.xlsx");
        SubmissionWorkbooks.ReplaceCell(path, cell, string.Empty, xml);

        var parsed = Read(path);

        var issue = Assert.Single(parsed.Issues);
        Assert.Equal(Core.Validation.Severity.Error, issue.Severity);
        Assert.Equal(("script.xlsx", "Data", cell, "EDOC.SENT"), (issue.File, issue.Sheet, issue.Cell, issue.IndicatorCode));
        Assert.Equal(
            "EDOC.SENT (E-documents sent) is a formula without a computed value, so its figure cannot be read: the program that wrote the file did not calculate it; "
            + "open the file in Excel or LibreOffice and save it (that computes the value), then send it again",
            issue.Message);
        Assert.Equal(
            "EDOC.SENT (Số văn bản điện tử gửi đi) là công thức chưa có giá trị tính sẵn nên không đọc được số liệu: chương trình tạo tệp đã không tính công thức; "
            + "hãy mở tệp bằng Excel hoặc LibreOffice và lưu lại (để giá trị được tính), rồi gửi lại",
            issue.MessageVi);
        Assert.DoesNotContain(parsed.Values, v => v.IndicatorCode == "EDOC.SENT");
    }

    [Fact]
    public void Import_TextFormulaWhoseResultIsEmpty_IsNotReported()
    {
        // Excel writes an empty <v> only for a text formula that computed "" (=IF(C7="";"";C7)): a computed blank.
        var path = Workbook("EDOC.SENT", out var cell);
        SubmissionWorkbooks.ReplaceCell(path, cell, "t=\"str\"", "<f>IF(C7=\"\",\"\",C7)</f><v></v>");

        var parsed = Read(path);

        Assert.Empty(parsed.Issues);
        Assert.Null(Single(parsed, "EDOC.SENT").Value);
    }

    [Fact]
    public void Import_ErrorValue_IsRejected_WithTheError()
    {
        var path = Workbook("EDOC.SENT", out var cell);
        SubmissionWorkbooks.ReplaceCell(path, cell, "t=\"e\"", "<f>1/0</f><v>#DIV/0!</v>");

        Assert.StartsWith("the cell shows the error #DIV/0!", Assert.Single(Read(path).Issues).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_InlineString_IsParsedLikeSharedText()
    {
        var path = Workbook("EDOC.SENT", out var cell);
        SubmissionWorkbooks.ReplaceCell(path, cell, "t=\"inlineStr\"", "<is><t>1.234.567</t></is>");

        Assert.Equal(1234567m, Single(Read(path), "EDOC.SENT").Value);
    }

    [Fact]
    public void Import_InlineStringInRunsWithAPhoneticGuide_ReadsTheRunsAndSkipsTheGuide()
    {
        // Rich text comes in runs; a phonetic guide (rPh) is reading help, not part of the text.
        var path = Workbook("EDOC.SENT", out var cell);
        SubmissionWorkbooks.ReplaceCell(path, cell, "t=\"inlineStr\"", "<is><r><t>1.2</t></r><r><t xml:space=\"preserve\">34 </t></r><rPh sb=\"0\" eb=\"1\"><t>9</t></rPh></is>");

        Assert.Equal(1234m, Single(Read(path), "EDOC.SENT").Value);
    }

    [Fact]
    public void Import_ValueInACdataSection_IsRead()
    {
        var path = Workbook("EDOC.SENT", out var cell);
        SubmissionWorkbooks.ReplaceCell(path, cell, string.Empty, "<v><![CDATA[1234]]></v>");

        Assert.Equal(1234m, Single(Read(path), "EDOC.SENT").Value);
    }

    [Fact]
    public void Import_EmptyValueElement_IsNotReported()
    {
        var path = Workbook("EDOC.SENT", out var cell);
        SubmissionWorkbooks.ReplaceCell(path, cell, "s=\"0\"", "<v/>");

        Assert.Null(Single(Read(path), "EDOC.SENT").Value);
    }

    [Fact]
    public void Import_SheetWithADoctype_IsRejectedAsDamaged_WithoutReadingIt()
    {
        // No DTD is processed: a crafted file cannot make the reader expand entities or fetch anything.
        var path = Workbook("EDOC.SENT", out _);
        SubmissionWorkbooks.EditSheetXml(path, xml => xml.Replace("?>", "?><!DOCTYPE x [<!ENTITY a \"1234\">]>", StringComparison.Ordinal));

        var issue = Assert.Single(Read(path).Issues);
        Assert.StartsWith("the workbook is damaged and cannot be read", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_DateInAValueCell_IsRejected()
    {
        // "1.3" typed in a cell without a number format can become 1 March.
        var (parsed, _) = ReadWith("EDOC.SENT", c => c.SetValue(new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Unspecified)));

        Assert.StartsWith("the cell holds a date (01/03/2026)", Assert.Single(parsed.Issues).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Có", 1)]
    [InlineData("Không", 0)]
    [InlineData("Yes", 1)]
    [InlineData("No", 0)]
    [InlineData("1", 1)]
    [InlineData("0", 0)]
    [InlineData("có", 1)]
    public void Import_YesNoTypedAsText_IsOneOrZero(string text, int expected)
    {
        var (parsed, _) = ReadWithTextValue("EDOC.CONNECTED", text);

        Assert.Empty(parsed.Issues);
        Assert.Equal(expected, Single(parsed, "EDOC.CONNECTED").Value);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(0, 0)]
    public void Import_YesNoAsNumber_IsOneOrZero(int number, int expected)
    {
        var (parsed, _) = ReadWith("EDOC.CONNECTED", c => c.SetValue(number));

        Assert.Empty(parsed.Issues);
        Assert.Equal(expected, Single(parsed, "EDOC.CONNECTED").Value);
    }

    [Fact]
    public void Import_YesNoAsBooleanCell_IsOneOrZero()
    {
        var path = Workbook("EDOC.CONNECTED", out var cell);
        SubmissionWorkbooks.ReplaceCell(path, cell, "t=\"b\"", "<v>1</v>");

        Assert.Equal(1m, Single(Read(path), "EDOC.CONNECTED").Value);
    }

    [Theory]
    [InlineData("Có thể")]
    [InlineData("2")]
    public void Import_YesNoOtherValue_IsRejected(string text)
    {
        var (parsed, _) = ReadWithTextValue("EDOC.CONNECTED", text);

        Assert.Contains("is not yes or no", Assert.Single(parsed.Issues).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_BooleanCellForACount_IsRejected()
    {
        var path = Workbook("EDOC.SENT", out var cell);
        SubmissionWorkbooks.ReplaceCell(path, cell, "t=\"b\"", "<v>1</v>");

        Assert.Equal("TRUE is a yes/no value, but this indicator needs a number", Assert.Single(Read(path).Issues).Message);
    }

    private (ParsedSubmission Parsed, string Cell) ReadWithTextValue(string code, string text, string name = "submission.xlsx") =>
        ReadWith(code, c => c.SetValue(text), name);

    private (ParsedSubmission Parsed, string Cell) ReadWith(string code, Action<IXLCell> set, string name = "submission.xlsx")
    {
        var path = Workbook(code, out var cell, name);
        SubmissionWorkbooks.Edit(path, wb => set(wb.Worksheet("Data").Cell(cell)));
        return (Read(path), cell);
    }

    /// <summary>A VPUBND template whose row for <paramref name="code"/> is found, or appended when the agency does not report it.</summary>
    private string Workbook(string code, out string cell, string name = "submission.xlsx")
    {
        var path = SubmissionWorkbooks.Template(folder, name);
        var row = 0;
        SubmissionWorkbooks.Edit(path, wb =>
        {
            var sheet = wb.Worksheet("Data");
            row = RepositoryFiles.Agencies["VPUBND"].Reports(code) ? SubmissionWorkbooks.RowOf(sheet, code) : SubmissionWorkbooks.AppendRow(sheet, code);
            // A placeholder keeps the cell in the XML, where some tests replace it.
            sheet.Cell(row, 4).Clear();
            sheet.Cell(row, 4).SetValue(-1);
        });
        cell = "D" + row.ToString(CultureInfo.InvariantCulture);
        return path;
    }

    private static ParsedSubmission Read(string path) => new SubmissionFileReader(RepositoryFiles.Catalog).Read(path);

    private static ParsedValue Single(ParsedSubmission parsed, string code) => parsed.Values.Single(v => v.IndicatorCode == code);
}
