using ClosedXML.Excel;
using Reporting.Core.Catalog;
using Reporting.Core.Periods;
using Reporting.Testing;

namespace Reporting.Excel.Tests.Reports;

/// <summary>
/// A yes/no indicator reads Có/Không (Yes/No) for each agency, on the agency sheet and the data sheet, while the cell
/// keeps its number; the province's figure of it stays a share in %. What a cell shows is read with ExcelNumberFormat,
/// which applies a format's conditional sections as Excel does (ClosedXML's own formatting ignores them).
/// </summary>
public class ReportWorkbookYesNoTests(LoadedWorkbooks workbooks) : IClassFixture<LoadedWorkbooks>
{
    private const string Connected = "EDOC.CONNECTED";
    private static readonly PeriodId Period = PeriodId.Parse("2026-H1");

    [Theory]
    [InlineData(Language.Vietnamese, "Theo đơn vị", "Có", "Không")]
    [InlineData(Language.English, "By agency", "Yes", "No")]
    public void AgencySheet_ShowsEachAgencysAnswer_AsYesOrNo(Language language, string sheet, string yes, string no)
    {
        // Each agency's latest answer in the half-year, computed here from the submitted values.
        var answers = ReportModelFixture.Values()
            .Where(v => v.IndicatorCode == Connected && Period.Contains(v.Period) && RepoFiles.Directory[v.AgencyCode].Replaces.Count == 0)
            .GroupBy(v => v.AgencyCode)
            .ToDictionary(g => g.Key, g => g.MaxBy(v => v.Period.LastMonth)!.Value, StringComparer.Ordinal);
        Assert.Contains(1m, answers.Values);
        Assert.Contains(0m, answers.Values);

        var ws = workbooks.ClosedXml(language).Worksheet(sheet);
        var column = ws.CellsUsed(c => c.GetString() == Connected).First().Address.ColumnNumber;
        var checkedRows = 0;
        foreach (var row in ws.RowsUsed())
        {
            if (!answers.TryGetValue(row.Cell(1).GetString(), out var answer))
            {
                continue;
            }

            var cell = row.Cell(column);
            Assert.Equal(XLDataType.Number, cell.DataType);
            Assert.Equal(answer * 100, cell.GetValue<decimal>());
            Assert.Equal(answer == 1 ? yes : no, Shown(cell));
            checkedRows++;
        }

        Assert.True(checkedRows >= 5, $"{checkedRows} agencies checked");
    }

    [Fact]
    public void DataSheet_ShowsEachSubmittedAnswer_AsYesOrNo_AndTheSummaryTheShareInPercent()
    {
        var book = workbooks.ClosedXml();
        var data = book.Worksheet("Dữ liệu");
        var answers = data.RowsUsed().Where(r => r.Cell(1).GetString() == "2026-H1" && r.Cell(5).GetString() == Connected).ToList();
        Assert.NotEmpty(answers);
        Assert.All(answers, r => Assert.Equal(r.Cell(7).GetValue<decimal>() == 1 ? "Có" : "Không", Shown(r.Cell(7))));

        var summary = book.Worksheet("Tổng hợp");
        var share = summary.CellsUsed(c => c.GetString() == Connected).First().WorksheetRow().Cell(4);
        var expected = Math.Round(answers.Count(r => r.Cell(7).GetValue<decimal>() == 1) * 100m / answers.Count, 2, MidpointRounding.AwayFromZero);
        Assert.Equal(expected, share.GetValue<decimal>());
        Assert.DoesNotContain("Có", Shown(share), StringComparison.Ordinal);
    }

    private static string Shown(IXLCell cell) =>
        new ExcelNumberFormat.NumberFormat(cell.Style.NumberFormat.Format).Format((double)cell.GetValue<decimal>(), System.Globalization.CultureInfo.InvariantCulture);
}
