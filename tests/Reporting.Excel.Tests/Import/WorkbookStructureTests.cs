using Reporting.Core.Periods;
using Reporting.Core.Submissions;
using Reporting.Core.Validation;
using Reporting.Excel.Import;
using Reporting.Excel.Tests.Submissions;

namespace Reporting.Excel.Tests.Import;

public sealed class WorkbookStructureTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Import_WorkbookWithoutMetaSheet_ReadsAgencyPeriodAndValuesFromVisibleCells()
    {
        // LibreOffice and Google Sheets drop very hidden sheets when they save.
        var path = SubmissionWorkbooks.Template(folder, values: new Dictionary<string, decimal?> { ["EDOC.SENT"] = 4321, ["REC.DIRECT"] = 0 });
        SubmissionWorkbooks.Edit(path, wb => wb.Worksheet("_meta").Delete());

        var parsed = Read(path);

        Assert.Empty(parsed.Issues);
        Assert.Equal("VPUBND", parsed.AgencyCode);
        Assert.Equal(new PeriodId(PeriodKind.Quarter, 2026, 1), parsed.Period);
        Assert.Equal(4321m, Value(parsed, "EDOC.SENT"));
        Assert.Equal(0m, Value(parsed, "REC.DIRECT"));
        Assert.Null(Value(parsed, "REC.ONLINE"));
    }

    [Fact]
    public void Import_AgencyCellDisagreesWithMetaSheet_NamesBothCells()
    {
        var path = SubmissionWorkbooks.Template(folder, "mixed.xlsx");
        SubmissionWorkbooks.Edit(path, wb => wb.Worksheet("Data").Cell("B2").SetValue("STTTT"));

        var issue = Assert.Single(Read(path).Issues);

        Assert.Equal("mixed.xlsx", issue.File);
        Assert.Equal("Data", issue.Sheet);
        Assert.Equal("B2", issue.Cell);
        Assert.Contains("cell B2 says 'STTTT' but the hidden sheet '_meta' (cell B1) says 'VPUBND'", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_PeriodCellDisagreesWithMetaSheet_NamesBothCells()
    {
        var path = SubmissionWorkbooks.Template(folder, "mixed.xlsx", period: "2026-01");
        SubmissionWorkbooks.Edit(path, wb => wb.Worksheet("Data").Cell("B3").SetValue("2026-02"));

        var issue = Assert.Single(Read(path).Issues);

        Assert.Equal("B3", issue.Cell);
        Assert.Contains("cell B3 says '2026-02' but the hidden sheet '_meta' (cell B2) says '2026-01'", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_InvisibleCharactersInCodesAndFigures_AreNotPartOfThem()
    {
        // Zero-width spaces, joiners and byte-order marks come with text copied from web pages and chat messages.
        var path = SubmissionWorkbooks.Template(folder, "pasted.xlsx", values: new Dictionary<string, decimal?> { ["REC.DIRECT"] = 7 });
        SubmissionWorkbooks.Edit(path, wb =>
        {
            var sheet = wb.Worksheet("Data");
            sheet.Cell("B2").SetValue("VPUBND\u200B");
            var sent = sheet.Column(1).CellsUsed().Single(c => c.GetString() == "EDOC.SENT").Address.RowNumber;
            sheet.Cell(sent, 1).SetValue("\uFEFFEDOC.SENT");
            sheet.Cell(sent, 4).SetValue("4\u200B321\u2060");
            var direct = sheet.Column(1).CellsUsed().Single(c => c.GetString() == "REC.DIRECT").Address.RowNumber;
            sheet.Cell(direct, 4).SetValue("\u200B");
        });

        var parsed = Read(path);

        Assert.Empty(parsed.Issues);
        Assert.Equal("VPUBND", parsed.AgencyCode);
        Assert.Equal(4321m, Value(parsed, "EDOC.SENT"));
        Assert.Null(Value(parsed, "REC.DIRECT"));
    }

    [Fact]
    public void Import_AgencyOverrideDiffersFromFile_SaysBoth()
    {
        var path = SubmissionWorkbooks.Template(folder, "vp.xlsx");

        var parsed = Read(path, agency: "STTTT");

        var issue = Assert.Single(parsed.Issues);
        Assert.Equal("vp.xlsx, sheet 'Data', cell B2: file states VPUBND but --agency says STTTT", issue.ToString());
    }

    [Fact]
    public void Import_PeriodOverrideDiffersFromFile_SaysBoth()
    {
        var path = SubmissionWorkbooks.Template(folder, "vp.xlsx", period: "2026-Q1");

        var issue = Assert.Single(Read(path, period: PeriodId.Parse("2026-Q2")).Issues);
        Assert.Equal("vp.xlsx, sheet 'Data', cell B3: file states 2026-Q1 but --period says 2026-Q2", issue.ToString());
    }

    [Fact]
    public void Import_OverridesThatMatchTheFile_AreAccepted()
    {
        var path = SubmissionWorkbooks.Template(folder);

        var parsed = Read(path, agency: "VPUBND", period: PeriodId.Parse("2026-Q1"));

        Assert.Empty(parsed.Issues);
    }

    [Fact]
    public void Import_EmptyAgencyCell_WithoutMeta_IsAnIssueOnB2()
    {
        var path = SubmissionWorkbooks.Template(folder, "noagency.xlsx");
        SubmissionWorkbooks.Edit(path, wb =>
        {
            wb.Worksheet("_meta").Delete();
            wb.Worksheet("Data").Cell("B2").Clear();
        });

        var issue = Assert.Single(Read(path).Issues);
        Assert.Equal("noagency.xlsx, sheet 'Data', cell B2: the agency cell is empty: type the agency code", issue.ToString());
    }

    [Fact]
    public void Import_EmptyAgencyCell_WithOverride_TakesTheOverride()
    {
        var path = SubmissionWorkbooks.Template(folder);
        SubmissionWorkbooks.Edit(path, wb =>
        {
            wb.Worksheet("_meta").Delete();
            wb.Worksheet("Data").Cell("B2").Clear();
        });

        var parsed = Read(path, agency: "VPUBND");

        Assert.Empty(parsed.Issues);
        Assert.Equal("VPUBND", parsed.AgencyCode);
    }

    [Fact]
    public void Import_PeriodCellThatIsNotAPeriod_GivesThePeriodFormatHelp()
    {
        var path = SubmissionWorkbooks.Template(folder, "q.xlsx");
        SubmissionWorkbooks.Edit(path, wb =>
        {
            wb.Worksheet("_meta").Delete();
            wb.Worksheet("Data").Cell("B3").SetValue("Quý 5/2026");
        });

        var issue = Assert.Single(Read(path).Issues);

        Assert.Equal($"q.xlsx, sheet 'Data', cell B3: 'Quý 5/2026' is not a period: {PeriodText.FormatHelp}", issue.ToString());
    }

    [Theory]
    [InlineData("Quý I/2026", "2026-Q1")]
    [InlineData("quý 1 năm 2026", "2026-Q1")]
    [InlineData("T3/2026", "2026-03")]
    [InlineData("tháng 03/2026", "2026-03")]
    [InlineData(" 2026-q1 ", "2026-Q1")]
    public void Import_PeriodCellWrittenAsStaffWriteIt_IsThatPeriod(string written, string expected)
    {
        var path = SubmissionWorkbooks.Template(folder, "written.xlsx", period: expected);
        SubmissionWorkbooks.Edit(path, wb => wb.Worksheet("Data").Cell("B3").SetValue(written));

        var parsed = Read(path);

        Assert.Empty(parsed.Issues);
        Assert.Equal(PeriodId.Parse(expected), parsed.Period);
    }

    [Fact]
    public void Import_PeriodTypedAsMonthAndTurnedIntoADateByExcel_IsThatMonth()
    {
        var path = SubmissionWorkbooks.Template(folder, period: "2026-03");
        SubmissionWorkbooks.Edit(path, wb =>
        {
            wb.Worksheet("_meta").Delete();
            var cell = wb.Worksheet("Data").Cell("B3");
            cell.SetValue(new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Unspecified));
            cell.Style.NumberFormat.Format = "mmm-yy";
        });

        var parsed = Read(path);

        Assert.Empty(parsed.Issues);
        Assert.Equal(new PeriodId(PeriodKind.Month, 2026, 3), parsed.Period);
    }

    [Fact]
    public void Import_HeaderChanged_SaysWhatWasFound()
    {
        var path = SubmissionWorkbooks.Template(folder, "header.xlsx");
        SubmissionWorkbooks.Edit(path, wb => wb.Worksheet("Data").Cell("D5").SetValue("Giá trị"));

        var parsed = Read(path);

        var issue = Assert.Single(parsed.Issues);
        Assert.Equal("header.xlsx, sheet 'Data', cell A5: the header row is missing or different: row 5 should be 'Code | Indicator | Unit | Value | Note', found 'Code | Indicator | Unit | Giá trị | Note'", issue.ToString());
        Assert.Empty(parsed.Values);
    }

    [Fact]
    public void Import_DataSheetRenamed_FindsTheSheetWithTheHeader()
    {
        var path = SubmissionWorkbooks.Template(folder, values: new Dictionary<string, decimal?> { ["EDOC.SENT"] = 12 });
        SubmissionWorkbooks.Edit(path, wb =>
        {
            wb.Worksheets.Add("Ghi chú", 1).Cell("A1").SetValue("Bản nháp");
            wb.Worksheet("Data").Name = "Báo cáo";
        });

        var parsed = Read(path);

        Assert.Empty(parsed.Issues);
        Assert.Equal("Báo cáo", parsed.Sheet);
        Assert.Equal(12m, Value(parsed, "EDOC.SENT"));
    }

    [Fact]
    public void Import_RowInsertedAboveTheTable_StillFindsHeaderAgencyAndPeriod()
    {
        var path = SubmissionWorkbooks.Template(folder, values: new Dictionary<string, decimal?> { ["EDOC.SENT"] = 12 });
        SubmissionWorkbooks.Edit(path, wb => wb.Worksheet("Data").Row(1).InsertRowsAbove(1));

        var parsed = Read(path);

        Assert.Empty(parsed.Issues);
        Assert.Equal("B3", parsed.AgencyCell);
        Assert.Equal("B4", parsed.PeriodCell);
        Assert.Equal("D8", parsed.Values.Single(v => v.IndicatorCode == "EDOC.SENT").Cell);
    }

    [Fact]
    public void Import_NoSheetHasTheHeader_ListsTheSheets()
    {
        var path = SubmissionWorkbooks.Template(folder, "other.xlsx");
        SubmissionWorkbooks.Edit(path, wb =>
        {
            wb.Worksheet("Data").Name = "Sheet1";
            wb.Worksheet("Sheet1").Cell("A5").SetValue("Mã");
        });

        var issue = Assert.Single(Read(path).Issues);
        Assert.Equal("Sheet1", issue.Sheet);
        Assert.Contains("no sheet has the header row 'Code | Indicator | Unit | Value | Note' (sheets: Sheet1, Hướng dẫn)", issue.Message, StringComparison.Ordinal);
        Assert.Contains("'Mã | Indicator | Unit | Value | Note'", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_UnknownCodeWithAValue_IsAnErrorOnColumnA()
    {
        var path = SubmissionWorkbooks.Template(folder, "codes.xlsx");
        var row = 0;
        SubmissionWorkbooks.Edit(path, wb =>
        {
            var sheet = wb.Worksheet("Data");
            row = SubmissionWorkbooks.AppendRow(sheet, "EDOC.SEND");
            sheet.Cell(row, 4).SetValue(5);
        });

        var issue = Assert.Single(Read(path).Issues);
        Assert.Equal($"A{row}", issue.Cell);
        Assert.Equal(Severity.Error, issue.Severity);
        Assert.StartsWith("'EDOC.SEND' is not an indicator code of the catalog", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_FooterLineWithoutValue_IsOnlyAWarning()
    {
        var path = SubmissionWorkbooks.Template(folder);
        SubmissionWorkbooks.Edit(path, wb => SubmissionWorkbooks.AppendRow(wb.Worksheet("Data"), "Người lập biểu"));

        var parsed = Read(path);

        var issue = Assert.Single(parsed.Issues);
        Assert.Equal(Severity.Warning, issue.Severity);
        Assert.False(parsed.HasErrors);
    }

    [Fact]
    public void Import_DuplicatedCode_NamesBothRows()
    {
        var path = SubmissionWorkbooks.Template(folder, "dup.xlsx");
        int first = 0, second = 0;
        SubmissionWorkbooks.Edit(path, wb =>
        {
            var sheet = wb.Worksheet("Data");
            first = SubmissionWorkbooks.RowOf(sheet, "REC.DIRECT");
            second = SubmissionWorkbooks.AppendRow(sheet, "REC.DIRECT");
        });

        var issue = Assert.Single(Read(path).Issues);
        Assert.Equal($"dup.xlsx, sheet 'Data', cell A{second}, REC.DIRECT: REC.DIRECT appears twice, in rows {first} and {second}: keep one row", issue.ToString());
    }

    [Fact]
    public void Import_ValueWithoutCode_IsAnIssue()
    {
        var path = SubmissionWorkbooks.Template(folder);
        var row = 0;
        SubmissionWorkbooks.Edit(path, wb =>
        {
            var sheet = wb.Worksheet("Data");
            row = sheet.LastRowUsed().RowNumber() + 2;
            sheet.Cell(row, 4).SetValue(77);
        });

        var issue = Assert.Single(Read(path).Issues);
        Assert.Equal($"D{row}", issue.Cell);
        Assert.Contains("no indicator code", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_SeveralProblems_AreAllReported()
    {
        var path = SubmissionWorkbooks.Template(folder, "many.xlsx");
        SubmissionWorkbooks.Edit(path, wb =>
        {
            var sheet = wb.Worksheet("Data");
            sheet.Cell("B3").SetValue("Q1");
            sheet.Cell(SubmissionWorkbooks.RowOf(sheet, "EDOC.SENT"), 4).SetValue("nhiều");
            sheet.Cell(SubmissionWorkbooks.RowOf(sheet, "REC.DIRECT"), 4).SetValue(12.5);
        });

        var parsed = Read(path);

        // B3 unreadable, and (as _meta still names the period) nothing else about it; then two bad values.
        Assert.Equal(3, parsed.Issues.Count);
        Assert.Equal(["B3", "D7", "D16"], parsed.Issues.Select(i => i.Cell));
    }

    private static ParsedSubmission Read(string path, string? agency = null, PeriodId? period = null) =>
        new SubmissionFileReader(RepositoryFiles.Catalog).Read(path, agencyOverride: agency, periodOverride: period);

    private static decimal? Value(ParsedSubmission parsed, string code) => parsed.Values.Single(v => v.IndicatorCode == code).Value;
}
