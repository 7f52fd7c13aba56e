using ClosedXML.Excel;
using Reporting.Core.Periods;
using Reporting.Testing;

namespace Reporting.Excel.Tests.Reports;

/// <summary>The summary sheet's figures against sums computed here from the synthetic submissions, read by both readers.</summary>
public class ReportWorkbookSummaryTests(LoadedWorkbooks workbooks) : IClassFixture<LoadedWorkbooks>
{
    private const string Sheet = "Tổng hợp";
    private const int Value = 4, Compare = 5, Change = 6, ChangeUnit = 7, Target = 8, Attainment = 9, Reported = 10, ExpectedAgencies = 11;
    private static readonly PeriodId Period = PeriodId.Parse("2026-H1");
    private static readonly PeriodId LastYear = PeriodId.Parse("2025-H1");

    [Fact]
    public void Summary_TelecomRevenue_IsTheSumOfTheEnterprisesMonths_ComparedInPercent()
    {
        var values = ReportModelFixture.Values();
        var value = Expected.Flow(values, "TEL.REVENUE", Period);
        var compare = Expected.Flow(values, "TEL.REVENUE", LastYear);
        Assert.True(value > 0 && compare > 0);

        var ws = workbooks.ClosedXml().Worksheet(Sheet);
        var row = RowOf(ws, "TEL.REVENUE");
        Assert.Equal(XLDataType.Number, ws.Cell(row, Value).DataType);
        Assert.Equal(value, ws.Cell(row, Value).GetValue<decimal>());
        Assert.Equal(compare, ws.Cell(row, Compare).GetValue<decimal>());
        Assert.Equal(Expected.Change(value, compare), ws.Cell(row, Change).GetValue<decimal>());
        Assert.Equal("%", ws.Cell(row, ChangeUnit).GetString());
        Assert.Equal("#,##0", ws.Cell(row, Value).Style.NumberFormat.Format);

        var xml = workbooks.OpenXml();
        Assert.Equal(row, xml.RowOf(Sheet, "TEL.REVENUE"));
        Assert.Equal(value, OpenXmlWorkbook.Number(xml.Cell(Sheet, row, Value)));
        Assert.Equal(compare, OpenXmlWorkbook.Number(xml.Cell(Sheet, row, Compare)));
        Assert.Equal(Expected.Change(value, compare), OpenXmlWorkbook.Number(xml.Cell(Sheet, row, Change)));
    }

    [Fact]
    public void Summary_SignedDocumentsRate_IsComputedFromTheSums_AndComparedInPercentagePoints()
    {
        var values = ReportModelFixture.Values();
        var rate = Expected.Rate(Expected.Flow(values, "EDOC.SIGNED", Period), Expected.Flow(values, "EDOC.SENT", Period));
        var lastYear = Expected.Rate(Expected.Flow(values, "EDOC.SIGNED", LastYear), Expected.Flow(values, "EDOC.SENT", LastYear));
        var target = RepoFiles.Catalog["EDOC.SIGNED_RATE"].TargetFor(2026)!.Value;

        var xml = workbooks.OpenXml();
        var row = xml.RowOf(Sheet, "EDOC.SIGNED_RATE");
        Assert.Equal(rate, OpenXmlWorkbook.Number(xml.Cell(Sheet, row, Value)));
        Assert.Equal(lastYear, OpenXmlWorkbook.Number(xml.Cell(Sheet, row, Compare)));
        Assert.Equal(rate - lastYear, OpenXmlWorkbook.Number(xml.Cell(Sheet, row, Change)));
        Assert.Equal("điểm %", xml.Text(xml.Cell(Sheet, row, ChangeUnit)));
        Assert.Equal(target, OpenXmlWorkbook.Number(xml.Cell(Sheet, row, Target)));
        Assert.Equal(Math.Round(rate / target * 100, 2, MidpointRounding.AwayFromZero), OpenXmlWorkbook.Number(xml.Cell(Sheet, row, Attainment)));

        var ws = workbooks.ClosedXml().Worksheet(Sheet);
        Assert.Equal(rate - lastYear, ws.Cell(row, Change).GetValue<decimal>());
        Assert.Equal("+#,##0.00;-#,##0.00;0.00", ws.Cell(row, Change).Style.NumberFormat.Format);
    }

    [Fact]
    public void Summary_IndicatorWithoutLastYearFigures_ShowsADash_NotZero()
    {
        var code = ReportModelFixture.NewIndicator;
        var values = ReportModelFixture.Values();
        Assert.DoesNotContain(values, v => v.IndicatorCode == code && LastYear.Contains(v.Period));

        var xml = workbooks.OpenXml();
        var row = xml.RowOf(Sheet, code);
        Assert.Equal(Expected.Stock(values, code, Period), OpenXmlWorkbook.Number(xml.Cell(Sheet, row, Value)));
        Assert.Equal("-", xml.Text(xml.Cell(Sheet, row, Compare)));
        Assert.Equal("-", xml.Text(xml.Cell(Sheet, row, Change)));
        Assert.False(OpenXmlWorkbook.IsNumeric(xml.Cell(Sheet, row, Change)));

        var ws = workbooks.ClosedXml().Worksheet(Sheet);
        Assert.Equal(XLDataType.Text, ws.Cell(row, Change).DataType);
        Assert.Equal("-", ws.Cell(row, Change).GetString());
    }

    [Fact]
    public void Summary_MobileSubscribers_TakeEachEnterprisesLatestFigure_EvenWhenItsLastMonthIsMissing()
    {
        var values = ReportModelFixture.Values();
        var enterprise = ReportModelFixture.DroppedAgencies().Single(code => RepoFiles.Directory[code].Reports("TEL.MBB_SUBS"));
        var itsLatest = values.Where(v => v.AgencyCode == enterprise && v.IndicatorCode == "TEL.MBB_SUBS" && Period.Contains(v.Period)).Max(v => v.Period);
        Assert.True(itsLatest.LastMonth < Period.LastMonth);

        var xml = workbooks.OpenXml();
        var row = xml.RowOf(Sheet, "TEL.MBB_SUBS");
        Assert.Equal(Expected.Stock(values, "TEL.MBB_SUBS", Period), OpenXmlWorkbook.Number(xml.Cell(Sheet, row, Value)));
        Assert.Equal(Expected.Stock(values, "TEL.MBB_SUBS", LastYear), OpenXmlWorkbook.Number(xml.Cell(Sheet, row, Compare)));
    }

    [Fact]
    public void Summary_AgenciesReportedAndExpected_CountTheDepartmentThatSentNothing()
    {
        var values = ReportModelFixture.Values();
        var expected = RepoFiles.Directory.Agencies.Count(a => a.Reports("EDOC.SENT") && a.IsActiveDuring(Period));
        var reported = values.Where(v => v.IndicatorCode == "EDOC.SENT" && Period.Contains(v.Period)).Select(v => v.AgencyCode).Distinct().Count();
        Assert.Equal(expected - 1, reported);

        var xml = workbooks.OpenXml();
        var row = xml.RowOf(Sheet, "EDOC.SENT");
        Assert.Equal(reported, OpenXmlWorkbook.Number(xml.Cell(Sheet, row, Reported)));
        Assert.Equal(expected, OpenXmlWorkbook.Number(xml.Cell(Sheet, row, ExpectedAgencies)));
    }

    [Fact]
    public void Summary_SaysThatLastYearsFiguresIncludeMergedAgencies()
    {
        Assert.True(ReportModelFixture.Build().Summary.CompareHasCarriedFigures);
        var texts = workbooks.ClosedXml().Worksheet(Sheet).Column(1).CellsUsed().Select(c => c.GetString()).ToList();
        Assert.Contains(texts, t => t.StartsWith("Ghi chú: số liệu cùng kỳ bao gồm số liệu của các đơn vị đã sáp nhập", StringComparison.Ordinal));
        var english = workbooks.ClosedXml(Core.Catalog.Language.English).Worksheet("Summary").Column(1).CellsUsed().Select(c => c.GetString()).ToList();
        Assert.Contains(english, t => t.StartsWith("Note: the same-period figures include agencies since merged", StringComparison.Ordinal));
    }

    [Fact]
    public void Summary_EveryIndicatorValue_IsANumberCellOrADash()
    {
        var xml = workbooks.OpenXml();
        foreach (var indicator in RepoFiles.Catalog.Indicators)
        {
            var row = xml.RowOf(Sheet, indicator.Code);
            foreach (var column in new[] { Value, Compare, Change })
            {
                var cell = xml.Cell(Sheet, row, column);
                Assert.True(OpenXmlWorkbook.IsNumeric(cell) || xml.Text(cell) == "-", $"{indicator.Code} column {column}: '{xml.Text(cell)}'");
            }
        }
    }

    private static int RowOf(IXLWorksheet ws, string code) =>
        ws.Column(1).CellsUsed().Single(c => c.GetString() == code).Address.RowNumber;
}
