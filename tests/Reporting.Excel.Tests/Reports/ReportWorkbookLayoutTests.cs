using ClosedXML.Excel;
using DocumentFormat.OpenXml.Spreadsheet;
using Reporting.Core.Catalog;
using Reporting.Core.Periods;
using Reporting.Testing;

namespace Reporting.Excel.Tests.Reports;

/// <summary>Sheets, labels in both languages, frozen headers, filters, widths and print setup, read by both readers.</summary>
public class ReportWorkbookLayoutTests(LoadedWorkbooks workbooks) : IClassFixture<LoadedWorkbooks>
{
    /// <summary>Each table sheet and the label of its filter row's first cell.</summary>
    public static TheoryData<string, string> Tables => new()
    {
        { "Tổng hợp", "Mã" },
        { "Theo đơn vị", "Mã đơn vị" },
        { "Theo đơn vị (cùng kỳ)", "Mã đơn vị" },
        { "Theo nhóm", "Mã" },
        { "Xu hướng", "Mã" },
        { "Chưa báo cáo", "Mã đơn vị" },
        { "Dữ liệu", "Kỳ tổng hợp" },
    };

    [Fact]
    public void Workbook_HasItsSheetsInOrder_InVietnameseByDefault_AndInEnglish()
    {
        Assert.Equal(
            ["Tổng hợp", "Biểu đồ", "Theo đơn vị", "Theo đơn vị (cùng kỳ)", "Theo nhóm", "Xu hướng", "Chưa báo cáo", "Dữ liệu"],
            workbooks.OpenXml(Language.Vietnamese).SheetNames);
        Assert.Equal(
            ["Summary", "Charts", "By agency", "By agency (same period)", "By group", "Trend", "Missing", "Data"],
            workbooks.OpenXml(Language.English).SheetNames);
    }

    [Fact]
    public void Summary_LabelsFollowTheLanguage_WhileTheNumbersStayTheSame()
    {
        var vi = workbooks.OpenXml(Language.Vietnamese);
        var en = workbooks.OpenXml(Language.English);
        var viRow = vi.RowOf("Tổng hợp", "EDOC.SIGNED_RATE");
        var enRow = en.RowOf("Summary", "EDOC.SIGNED_RATE");

        Assert.Equal("Chỉ tiêu", vi.Text(vi.Cell("Tổng hợp", vi.RowOf("Tổng hợp", "Mã"), 2)));
        Assert.Equal("Indicator", en.Text(en.Cell("Summary", en.RowOf("Summary", "Code"), 2)));
        Assert.Equal("điểm %", vi.Text(vi.Cell("Tổng hợp", viRow, 7)));
        Assert.Equal("pp", en.Text(en.Cell("Summary", enRow, 7)));
        Assert.Equal(RepoFiles.Catalog["EDOC.SIGNED_RATE"].NameVi, vi.Text(vi.Cell("Tổng hợp", viRow, 2)));
        Assert.Equal(RepoFiles.Catalog["EDOC.SIGNED_RATE"].NameEn, en.Text(en.Cell("Summary", enRow, 2)));
        Assert.Equal(OpenXmlWorkbook.Number(vi.Cell("Tổng hợp", viRow, 4)), OpenXmlWorkbook.Number(en.Cell("Summary", enRow, 4)));

        var viTitles = workbooks.ClosedXml(Language.Vietnamese).Worksheet("Tổng hợp").Column(1).CellsUsed().Select(c => c.GetString()).ToList();
        var enTitles = workbooks.ClosedXml(Language.English).Worksheet("Summary").Column(1).CellsUsed().Select(c => c.GetString()).ToList();
        Assert.Contains("Kỳ báo cáo: 6 tháng đầu năm 2026", viTitles);
        Assert.Contains("So sánh với: 6 tháng đầu năm 2025", viTitles);
        Assert.Contains("Period: first half of 2026", enTitles);
        Assert.Contains("Issued on: 10 July 2026", enTitles);
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void TableSheet_HasFrozenHeader_AFilterOnIt_AndLandscapePrintFittedToWidth(string sheet, string headerLabel)
    {
        var xml = workbooks.OpenXml();
        var worksheet = xml.Part(sheet).Worksheet;
        var pane = worksheet.GetFirstChild<SheetViews>()!.Elements<SheetView>().Single().Pane!;
        // ClosedXML writes "frozenSplit", which Excel and LibreOffice show as frozen panes too.
        Assert.Contains(pane.State!.Value, new[] { PaneStateValues.Frozen, PaneStateValues.FrozenSplit });
        var header = (int)pane.VerticalSplit!.Value;
        Assert.Equal(headerLabel, xml.Text(xml.Cell(sheet, header, 1)));
        Assert.StartsWith($"A{header}:", worksheet.GetFirstChild<AutoFilter>()!.Reference!.Value, StringComparison.Ordinal);

        var setup = worksheet.GetFirstChild<PageSetup>()!;
        Assert.Equal(OrientationValues.Landscape, setup.Orientation!.Value);
        Assert.Equal(0u, setup.FitToHeight!.Value);
        Assert.True((setup.FitToWidth?.Value ?? 1) >= 1); // absent means the default, 1
        Assert.True(worksheet.GetFirstChild<SheetProperties>()!.PageSetupProperties!.FitToPage!.Value);
        Assert.Contains(header.ToString(System.Globalization.CultureInfo.InvariantCulture), PrintTitles(xml, sheet), StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(worksheet.GetFirstChild<HeaderFooter>()!.OddHeader!.Text));

        var ws = workbooks.ClosedXml().Worksheet(sheet);
        Assert.Equal(header, ws.SheetView.SplitRow);
        Assert.Equal(header, ws.AutoFilter.Range.FirstRow().RowNumber());
        Assert.Equal(XLPageOrientation.Landscape, ws.PageSetup.PageOrientation);
        Assert.Equal(0, ws.PageSetup.PagesTall);
    }

    [Fact]
    public void Summary_PrintsOnePageWide_WithTheTitleInThePageHeader()
    {
        var ws = workbooks.ClosedXml().Worksheet("Tổng hợp");
        Assert.Equal(1, ws.PageSetup.PagesWide);
        Assert.Equal(1u, workbooks.OpenXml().Part("Tổng hợp").Worksheet.GetFirstChild<PageSetup>()!.FitToWidth?.Value ?? 1);
        var header = workbooks.OpenXml().Part("Tổng hợp").Worksheet.GetFirstChild<HeaderFooter>()!.OddHeader!.Text;
        Assert.Contains("Báo cáo chỉ tiêu chuyển đổi số 6 tháng đầu năm 2026", header, StringComparison.Ordinal);
    }

    [Fact]
    public void ByAgency_TooWideForOnePage_PrintsAcrossPages_RepeatingCodeAndName()
    {
        var ws = workbooks.ClosedXml().Worksheet("Theo đơn vị");
        Assert.True(ws.PageSetup.PagesWide > 1);
        Assert.Contains("!A:B", PrintTitles(workbooks.OpenXml(), "Theo đơn vị").Replace("$", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Summary_ColumnWidths_FitTheCodesAndGiveNamesRoom()
    {
        var ws = workbooks.ClosedXml().Worksheet("Tổng hợp");
        var longestCode = RepoFiles.Catalog.Indicators.Max(i => i.Code.Length);
        Assert.True(ws.Column(1).Width >= longestCode, $"code column {ws.Column(1).Width}");
        Assert.InRange(ws.Column(2).Width, 30, 60);
        Assert.All(Enumerable.Range(4, 8), c => Assert.InRange(ws.Column(c).Width, 6, 30));
    }

    [Theory]
    [InlineData("2026-05", "Kỳ báo cáo: tháng 5/2026")]
    [InlineData("2026-Q1", "Kỳ báo cáo: quý I năm 2026")]
    public void Write_OtherPeriodKinds_SumTheirOwnMonths(string text, string periodLine)
    {
        var period = PeriodId.Parse(text);
        var model = ReportModelFixture.Build(Language.Vietnamese, text);
        using var xml = new OpenXmlWorkbook(WrittenWorkbook.Write(model));
        var row = xml.RowOf("Tổng hợp", "TEL.REVENUE");
        Assert.Equal(Expected.Flow(ReportModelFixture.Values(text), "TEL.REVENUE", period), OpenXmlWorkbook.Number(xml.Cell("Tổng hợp", row, 4)));
        Assert.Contains(xml.AllCells("Tổng hợp"), c => xml.Text(c) == periodLine);
        var header = xml.RowOf("Xu hướng", "Mã");
        Assert.Equal(ReportFormatName(model.Trend[^1].Period), xml.Text(xml.Cell("Xu hướng", header, 3 + model.Trend.Count)));
        Assert.Null(xml.Cell("Xu hướng", header, 4 + model.Trend.Count));
    }

    private static string ReportFormatName(PeriodId period) => Core.Reports.ReportFormat.PeriodName(period, Language.Vietnamese);

    private static string PrintTitles(OpenXmlWorkbook xml, string sheet)
    {
        var index = xml.SheetNames.ToList().IndexOf(sheet);
        return xml.Document.WorkbookPart!.Workbook.DefinedNames!.Elements<DefinedName>()
            .Single(d => d.Name == "_xlnm.Print_Titles" && d.LocalSheetId?.Value == index).Text;
    }
}
