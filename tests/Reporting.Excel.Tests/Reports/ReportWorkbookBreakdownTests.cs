using System.Globalization;
using ClosedXML.Excel;
using Reporting.Core.Agencies;
using Reporting.Core.Periods;
using Reporting.Testing;

namespace Reporting.Excel.Tests.Reports;

/// <summary>By agency, by group, trend, missing and data sheets against figures computed here from the submissions.</summary>
public class ReportWorkbookBreakdownTests(LoadedWorkbooks workbooks) : IClassFixture<LoadedWorkbooks>
{
    private static readonly PeriodId Period = PeriodId.Parse("2026-H1");
    private static readonly PeriodId LastYear = PeriodId.Parse("2025-H1");

    /// <summary>A commune formed on 1 July 2025 from earlier communes.</summary>
    private static Agency MergedCommune => RepoFiles.Directory.Agencies.First(a => a.Group == "commune" && a.Replaces.Count >= 2 && a.ActiveFrom is not null);

    [Fact]
    public void ByAgency_ShowsEachAgencysOwnSum_ReadByBothReaders()
    {
        var commune = MergedCommune;
        var expected = Expected.Flow(ReportModelFixture.Values(), "REC.ONLINE", Period, new HashSet<string> { commune.Code });
        Assert.True(expected > 0);

        const string sheet = "Theo đơn vị";
        var xml = workbooks.OpenXml();
        var row = xml.RowOf(sheet, commune.Code);
        var column = ColumnOf(xml, sheet, "REC.ONLINE");
        Assert.Equal(expected, OpenXmlWorkbook.Number(xml.Cell(sheet, row, column)));
        Assert.Equal(commune.Name, xml.Text(xml.Cell(sheet, row, 2)));

        var ws = workbooks.ClosedXml().Worksheet(sheet);
        Assert.Equal(XLDataType.Number, ws.Cell(row, column).DataType);
        Assert.Equal(expected, ws.Cell(row, column).GetValue<decimal>());
        Assert.Equal(commune.Code, ws.Cell(row, 1).GetString());
    }

    [Fact]
    public void ByAgencySamePeriod_ShowsTheSuccessorWithItsPredecessorsFigures_AndNamesThem()
    {
        var commune = MergedCommune;
        var predecessors = commune.Replaces.ToHashSet(StringComparer.Ordinal);
        var expected = Expected.Flow(ReportModelFixture.Values(), "REC.ONLINE", LastYear, predecessors);
        Assert.True(expected > 0);

        const string sheet = "Theo đơn vị (cùng kỳ)";
        var xml = workbooks.OpenXml();
        var row = xml.RowOf(sheet, commune.Code);
        Assert.Equal(expected, OpenXmlWorkbook.Number(xml.Cell(sheet, row, ColumnOf(xml, sheet, "REC.ONLINE"))));
        var carried = xml.Text(xml.Cell(sheet, row, ColumnOf(xml, sheet, "Gồm số liệu của")))!;
        Assert.All(predecessors, code => Assert.Contains(code, carried, StringComparison.Ordinal));
    }

    [Fact]
    public void ByAgency_ShowsADash_WhereAnAgencyOwesAFigureAndSentNone_AndNothingWhereItReportsNoSuch()
    {
        var department = ReportModelFixture.DroppedAgencies().Single(code => RepoFiles.Directory[code].Group == "department");
        Assert.DoesNotContain(ReportModelFixture.Values(), v => v.AgencyCode == department && Period.Contains(v.Period));

        const string sheet = "Theo đơn vị";
        var xml = workbooks.OpenXml();
        var row = xml.RowOf(sheet, department);
        Assert.Equal("-", xml.Text(xml.Cell(sheet, row, ColumnOf(xml, sheet, "EDOC.SENT"))));
        Assert.Null(xml.Cell(sheet, row, ColumnOf(xml, sheet, "TEL.REVENUE")));
    }

    [Fact]
    public void ByGroup_SumsTheCommunes_AndTheProvince()
    {
        var values = ReportModelFixture.Values();
        var communes = RepoFiles.Directory.Agencies.Where(a => a.Group == "commune").Select(a => a.Code).ToHashSet(StringComparer.Ordinal);
        var groups = RepoFiles.Directory.Groups.Select(g => g.Code).ToList();
        var communeColumn = 4 + (2 * groups.IndexOf("commune"));
        var provinceColumn = 4 + (2 * groups.Count);

        const string sheet = "Theo nhóm";
        var xml = workbooks.OpenXml();
        var row = xml.RowOf(sheet, "REC.ONLINE");
        Assert.Equal(Expected.Flow(values, "REC.ONLINE", Period, communes), OpenXmlWorkbook.Number(xml.Cell(sheet, row, communeColumn)));
        Assert.Equal(Expected.Flow(values, "REC.ONLINE", LastYear, communes), OpenXmlWorkbook.Number(xml.Cell(sheet, row, communeColumn + 1)));
        Assert.Equal(Expected.Flow(values, "REC.ONLINE", Period), OpenXmlWorkbook.Number(xml.Cell(sheet, row, provinceColumn)));
        Assert.Equal("Kỳ này", xml.Text(xml.Cell(sheet, xml.RowOf(sheet, "Mã"), communeColumn)));
        Assert.Equal("Cùng kỳ", xml.Text(xml.Cell(sheet, xml.RowOf(sheet, "Mã"), communeColumn + 1)));
    }

    [Fact]
    public void Trend_ShowsTheLastSixHalfYears_OldestFirst()
    {
        var values = ReportModelFixture.Values();
        var periods = Period.Trend(6);
        const string sheet = "Xu hướng";
        var xml = workbooks.OpenXml();
        var row = xml.RowOf(sheet, "TEL.REVENUE");
        for (var i = 0; i < periods.Count; i++)
        {
            Assert.Equal(Expected.Flow(values, "TEL.REVENUE", periods[i]), OpenXmlWorkbook.Number(xml.Cell(sheet, row, 4 + i)));
        }

        var ws = workbooks.ClosedXml().Worksheet(sheet);
        Assert.Equal("6 tháng cuối năm 2023", ws.Cell(xml.RowOf(sheet, "Mã"), 4).GetString());
        Assert.Equal("6 tháng đầu năm 2026", ws.Cell(xml.RowOf(sheet, "Mã"), 9).GetString());
    }

    [Fact]
    public void Missing_ListsEveryAgencyWhoseSubmissionsWereDropped_WithItsContact()
    {
        const string sheet = "Chưa báo cáo";
        var ws = workbooks.ClosedXml().Worksheet(sheet);
        var header = ws.Column(1).CellsUsed().Single(c => c.GetString() == "Mã đơn vị").Address.RowNumber;
        var listed = ws.Column(1).CellsUsed().Where(c => c.Address.RowNumber > header).ToDictionary(c => c.GetString(), c => c.Address.RowNumber);
        Assert.Equal(ReportModelFixture.DroppedAgencies().Order(StringComparer.Ordinal), listed.Keys.Order(StringComparer.Ordinal));

        var department = RepoFiles.Directory[ReportModelFixture.DroppedAgencies().Single(code => RepoFiles.Directory[code].Group == "department")];
        var owed = department.Frequency switch { ReportingFrequency.Monthly => 6, ReportingFrequency.Quarterly => 2, _ => 1 };
        Assert.Equal(owed, ws.Cell(listed[department.Code], 4).GetValue<int>());
        Assert.Equal(department.Contact, ws.Cell(listed[department.Code], 6).GetString());
    }

    [Fact]
    public void Data_HoldsEverySubmittedValueUsed_WithItsSubmissionAndFile()
    {
        var values = ReportModelFixture.Values();
        var model = ReportModelFixture.Build();
        const string sheet = "Dữ liệu";
        var xml = workbooks.OpenXml();
        var rows = xml.AllCells(sheet).GroupBy(c => RowNumber(c)).Where(g => g.Any(c => c.CellReference!.Value!.StartsWith('H') && OpenXmlWorkbook.IsNumeric(c))).ToList();

        string Text(IGrouping<int, DocumentFormat.OpenXml.Spreadsheet.Cell> row, char column) => xml.Text(row.SingleOrDefault(c => c.CellReference!.Value![0] == column)) ?? string.Empty;
        decimal Number(IGrouping<int, DocumentFormat.OpenXml.Spreadsheet.Cell> row, char column) => OpenXmlWorkbook.Number(row.Single(c => c.CellReference!.Value![0] == column))!.Value;

        var revenue = rows.Where(r => Text(r, 'A') == "2026-H1" && Text(r, 'E') == "TEL.REVENUE").ToList();
        Assert.Equal(values.Count(v => v.IndicatorCode == "TEL.REVENUE" && Period.Contains(v.Period)), revenue.Count);
        Assert.Equal(Expected.Flow(values, "TEL.REVENUE", Period), revenue.Sum(r => Number(r, 'G')));

        var corrected = model.Submissions.Single(s => s.Version == 2);
        var fromCorrected = rows.Where(r => Number(r, 'H') == corrected.Id).ToList();
        Assert.NotEmpty(fromCorrected);
        Assert.All(fromCorrected, r => Assert.EndsWith("_v2.xlsx", Text(r, 'I'), StringComparison.Ordinal));

        // Last year's values of a merged commune name the successor they are counted for.
        var commune = MergedCommune;
        var old = rows.First(r => Text(r, 'A') == "2025-H1" && Text(r, 'B') == commune.Replaces[0]);
        Assert.Equal(commune.Code, Text(old, 'D'));
    }

    private static int RowNumber(DocumentFormat.OpenXml.Spreadsheet.Cell cell) =>
        int.Parse(new string(cell.CellReference!.Value!.SkipWhile(char.IsLetter).ToArray()), CultureInfo.InvariantCulture);

    /// <summary>The column holding <paramref name="text"/> in a header row.</summary>
    private static int ColumnOf(OpenXmlWorkbook xml, string sheet, string text)
    {
        var reference = xml.AllCells(sheet).First(c => xml.Text(c) == text).CellReference!.Value!;
        return XLHelper.GetColumnNumberFromLetter(new string(reference.TakeWhile(char.IsLetter).ToArray()));
    }
}
