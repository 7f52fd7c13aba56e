using System.Globalization;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Reporting.Core.Periods;
using Reporting.Testing;
using C = DocumentFormat.OpenXml.Drawing.Charts;

namespace Reporting.Excel.Tests.Reports;

/// <summary>The native charts: chart parts on the charts sheet whose series point at workbook cells holding the cached values.</summary>
public partial class ReportWorkbookChartTests(LoadedWorkbooks workbooks) : IClassFixture<LoadedWorkbooks>
{
    private const string Sheet = "Biểu đồ";

    [Fact]
    public void Charts_AreNativeBarAndLineCharts_OnTheChartsSheet()
    {
        var charts = Charts();
        Assert.Contains(charts, c => c.ChartSpace.Descendants<C.BarChart>().Any(b => b.GetFirstChild<C.BarDirection>()!.Val!.Value == C.BarDirectionValues.Column
            && b.GetFirstChild<C.BarGrouping>()!.Val!.Value == C.BarGroupingValues.Clustered));
        Assert.Contains(charts, c => c.ChartSpace.Descendants<C.LineChart>().Any());

        var worksheet = workbooks.OpenXml().Part(Sheet).Worksheet;
        var drawing = worksheet.GetFirstChild<DocumentFormat.OpenXml.Spreadsheet.Drawing>();
        Assert.NotNull(drawing);
        Assert.Equal(charts.Count, workbooks.OpenXml().Part(Sheet).DrawingsPart!.WorksheetDrawing.ChildElements.Count);
    }

    [Fact]
    public void ChartSeries_PointAtWorkbookRanges_WhoseCellsHoldTheCachedValues()
    {
        var xl = workbooks.ClosedXml();
        var series = Charts().SelectMany(c => c.ChartSpace.Descendants<C.Values>()).ToList();
        Assert.NotEmpty(series);
        foreach (var values in series)
        {
            var reference = values.GetFirstChild<C.NumberReference>()!;
            var formula = reference.Formula!.Text;
            var match = RangeFormula().Match(formula);
            Assert.True(match.Success, formula);
            var range = xl.Worksheet(match.Groups["sheet"].Value.Replace("''", "'", StringComparison.Ordinal)).Range(match.Groups["range"].Value.Replace("$", string.Empty, StringComparison.Ordinal));
            var cells = range.Cells().ToList();
            var cache = reference.NumberingCache!;
            Assert.Equal((uint)cells.Count, cache.PointCount!.Val!.Value);
            foreach (var point in cache.Elements<C.NumericPoint>())
            {
                var cached = decimal.Parse(point.NumericValue!.Text, NumberStyles.Float, CultureInfo.InvariantCulture);
                Assert.Equal(cached, cells[(int)point.Index!.Value].GetValue<decimal>());
            }
        }
    }

    [Fact]
    public void TelecomRevenueChart_ComparesThisPeriodWithLastYear_FromTheChartsTable_AndItsTrendFromTheTrendSheet()
    {
        var values = ReportModelFixture.Values();
        var revenue = Expected.Flow(values, "TEL.REVENUE", PeriodId.Parse("2026-H1"));
        var lastYear = Expected.Flow(values, "TEL.REVENUE", PeriodId.Parse("2025-H1"));
        var name = RepoFiles.Catalog["TEL.REVENUE"].NameVi;

        var charts = Charts().Where(c => Title(c).StartsWith(name, StringComparison.Ordinal)).ToList();
        var bars = charts.Single(c => c.ChartSpace.Descendants<C.BarChart>().Any());
        var cached = bars.ChartSpace.Descendants<C.Values>().Select(v => decimal.Parse(v.Descendants<C.NumericPoint>().Single().NumericValue!.Text, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal([revenue, lastYear], cached);
        Assert.All(bars.ChartSpace.Descendants<C.Values>(), v => Assert.StartsWith($"'{Sheet}'!$", v.Descendants<C.Formula>().Single().Text, StringComparison.Ordinal));

        var line = charts.Single(c => c.ChartSpace.Descendants<C.LineChart>().Any());
        Assert.StartsWith("'Xu hướng'!$D$", line.ChartSpace.Descendants<C.Values>().Single().Descendants<C.Formula>().Single().Text, StringComparison.Ordinal);
        Assert.Equal(6u, line.ChartSpace.Descendants<C.Values>().Single().Descendants<C.PointCount>().Single().Val!.Value);
    }

    [Fact]
    public void BarCharts_StartTheirValueAxisAtZero()
    {
        foreach (var chart in Charts().Where(c => c.ChartSpace.Descendants<C.BarChart>().Any()))
        {
            Assert.Equal(0d, chart.ChartSpace.Descendants<C.ValueAxis>().Single().Scaling!.GetFirstChild<C.MinAxisValue>()!.Val!.Value);
        }
    }

    [Fact]
    public void Workbook_IsValidOpenXml_WithItsStreamedRowsStylesAndCharts()
    {
        var errors = new OpenXmlValidator().Validate(workbooks.OpenXml().Document).Take(10).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}");
        Assert.Empty(errors);
    }

    private List<ChartPart> Charts() => workbooks.OpenXml().Part(Sheet).DrawingsPart!.ChartParts.ToList();

    private static string Title(ChartPart chart) => chart.ChartSpace.Descendants<C.Title>().First().InnerText;

    [GeneratedRegex(@"^'(?<sheet>(?:[^']|'')+)'!(?<range>\$[A-Z]+\$\d+(?::\$[A-Z]+\$\d+)?)$")]
    private static partial Regex RangeFormula();
}
