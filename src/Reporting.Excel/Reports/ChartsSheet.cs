using ClosedXML.Excel;
using Reporting.Core.Catalog;
using Reporting.Core.Reports;
using Reporting.Core.Summary;

namespace Reporting.Excel.Reports;

/// <summary>
/// The charts sheet: a small table of the headline indicators (this period, same period, change) and the plan of the
/// native charts drawn from it and from the trend sheet. Magnitudes differ by millions between indicators, so rates in
/// percent share one chart and every other headline indicator gets its own, each next to its trend.
/// </summary>
internal static class ChartsSheet
{
    private const int LastColumn = 7;
    private const int ChartRows = 15;
    private const double PixelsPerChar = 7;
    private const long EmuPerPixel = 9525;
    private const string CurrentColor = "1F4E79";
    private const string CompareColor = "9DC3E6";
    private static readonly string[] LineColors = ["1F4E79", "C55A11", "548235", "7030A0", "BF9000", "2E75B6"];

    public static IReadOnlyList<ChartSpec> Write(XLWorkbook workbook, ReportModel model, ReportLabels labels, TrendLayout trend)
    {
        var summary = model.Summary;
        var w = new SheetWriter(workbook.AddWorksheet(labels.ChartsSheet), labels);
        var title = labels.ChartsTitle(summary.Period, summary.ComparePeriod);
        var header = w.TitleLines(title, UserText.Neutralise(model.Province.Name(labels.Language))) + 2;
        string[] headers = [labels.Code, labels.Indicator, labels.Unit, labels.Period(summary.Period), labels.Period(summary.ComparePeriod), labels.Change, labels.ChangeUnitHeader];
        for (var c = 0; c < headers.Length; c++)
        {
            w.Header(header, c + 1, headers[c], wrapAt: 14);
        }

        var headline = summary.Rows.Where(r => r.Indicator.Headline).ToList();
        var percentRates = headline.Where(r => IsPercentRate(r.Indicator)).ToList();
        var others = headline.Where(r => !IsPercentRate(r.Indicator)).ToList();
        var row = header;
        var rows = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var r in percentRates.Concat(others))
        {
            rows[r.Indicator.Code] = ++row;
            var format = NumberFormats.For(r.Indicator);
            w.Text(row, 1, r.Indicator.Code);
            w.User(row, 2, r.Indicator.Name(labels.Language));
            w.User(row, 3, r.Indicator.Unit(labels.Language));

            // Empty rather than "-" where there is no figure: a chart plots text as zero.
            w.Number(row, 4, r.Value, format, missing: null);
            w.Number(row, 5, r.CompareValue, format, missing: null);
            w.Number(row, 6, r.Change, NumberFormats.For(r.ChangeUnit));
            w.Text(row, 7, r.ChangeUnit == ChangeUnit.PercentagePoints ? labels.PercentagePoints : labels.Percent);
        }

        // No filter or frozen panes here: a filtered-out row would silently vanish from the charts.
        w.FinishTable(title, header, header, row, LastColumn, maxWidth: 45, filter: false);

        var sheet = w.Name;
        var charts = new List<ChartSpec>();
        var place = new Placement(w.Sheet, row + 2);
        if (percentRates.Count > 0)
        {
            var first = rows[percentRates[0].Indicator.Code];
            var last = rows[percentRates[^1].Indicator.Code];
            charts.Add(Comparison(labels.RatesChart, place.Left(), sheet, header, first, last, percentRates, labels, summary));
            charts.Add(Trend(labels.RatesTrendChart, place.Right(), trend, model, labels, percentRates.Select(r => r.Indicator).ToList()));
            place.NextRow();
        }

        foreach (var r in others)
        {
            var name = $"{r.Indicator.Name(labels.Language)} ({r.Indicator.Unit(labels.Language)})";
            charts.Add(Comparison(name, place.Left(), sheet, header, rows[r.Indicator.Code], rows[r.Indicator.Code], [r], labels, summary));
            charts.Add(Trend(labels.TrendChart(name), place.Right(), trend, model, labels, [r.Indicator]));
            place.NextRow();
        }

        place.BreakPages();
        return charts;
    }

    private static bool IsPercentRate(Indicator indicator) => indicator.IsRate && indicator.UnitEn == "%";

    /// <summary>Clustered columns: this period and the same period for each indicator of consecutive table rows.</summary>
    private static ChartSpec Comparison(
        string title, ChartAnchor anchor, string sheet, int header, int first, int last, IReadOnlyList<SummaryRow> rows, ReportLabels labels, PeriodSummary summary)
    {
        var format = NumberFormats.For(rows[0].Indicator);
        return new ChartSpec(
            ChartKind.ClusteredColumn,
            title,
            anchor,
            CellReference.Range(sheet, first, 2, last, 2),
            rows.Select(r => UserText.Neutralise(r.Indicator.Name(labels.Language))).ToList(),
            [
                new ChartSeries(CellReference.Single(sheet, header, 4), labels.Period(summary.Period), CellReference.Range(sheet, first, 4, last, 4), rows.Select(r => r.Value).ToList(), format, CurrentColor),
                new ChartSeries(CellReference.Single(sheet, header, 5), labels.Period(summary.ComparePeriod), CellReference.Range(sheet, first, 5, last, 5), rows.Select(r => r.CompareValue).ToList(), format, CompareColor),
            ]);
    }

    /// <summary>Lines over the trend periods, each series one row of the trend sheet.</summary>
    private static ChartSpec Trend(string title, ChartAnchor anchor, TrendLayout trend, ReportModel model, ReportLabels labels, IReadOnlyList<Indicator> indicators)
    {
        var series = indicators.Select((indicator, i) =>
        {
            var row = trend.Rows[indicator.Code];
            return new ChartSeries(
                CellReference.Single(trend.Sheet, row, 2),
                UserText.Neutralise(indicator.Name(labels.Language)),
                CellReference.Range(trend.Sheet, row, trend.FirstColumn, row, trend.LastColumn),
                model.Trend.Select(p => SummaryBuilder.Shown(indicator, p.Province(indicator.Code).Value)).ToList(),
                NumberFormats.For(indicator),
                LineColors[i % LineColors.Length]);
        }).ToList();
        return new ChartSpec(
            ChartKind.Line,
            title,
            anchor,
            CellReference.Range(trend.Sheet, trend.HeaderRow, trend.FirstColumn, trend.HeaderRow, trend.LastColumn),
            model.Trend.Select(p => labels.Period(p.Period)).ToList(),
            series);
    }

    /// <summary>
    /// Lays charts out two by two below the table, in pixels converted to cell anchors by the sheet's column widths,
    /// and puts page breaks between rows of charts so that none is cut in two when printed.
    /// </summary>
    private sealed class Placement(IXLWorksheet sheet, int firstRow)
    {
        private const int GapPixels = 16;
        private const double RowPixels = 20;

        // A4 landscape inside the margins (0.4" left and right, 0.6" top and bottom), at 96 pixels an inch.
        private const double PageWidthPixels = (11.69 - 0.8) * 96;
        private const double PageHeightPixels = (8.27 - 1.2) * 96;

        private readonly double chartWidth = Math.Max(440, (Enumerable.Range(1, LastColumn).Sum(c => Pixels(sheet, c)) - GapPixels) / 2);
        private readonly List<int> chartRows = [];
        private int row = firstRow;

        public ChartAnchor Left()
        {
            chartRows.Add(row);
            return Anchor(0);
        }

        public ChartAnchor Right() => Anchor(chartWidth + GapPixels);

        public void NextRow() => row += ChartRows + 1;

        public void BreakPages()
        {
            // Printing fits the width to the page, which scales everything down when the sheet is wider than a page.
            var width = Math.Max(Enumerable.Range(1, LastColumn).Sum(c => Pixels(sheet, c)), (2 * chartWidth) + GapPixels);
            var pageHeight = PageHeightPixels / Math.Min(1, PageWidthPixels / width);
            var top = chartRows.Count > 0 ? chartRows[0] : 0;
            var used = Enumerable.Range(1, top).Sum(r => sheet.Row(r).Height * 96 / 72);
            foreach (var start in chartRows.Distinct())
            {
                var height = (ChartRows + 1) * RowPixels;
                if (used + height > pageHeight)
                {
                    // Anchor rows are zero-based: the chart row starts on sheet row start + 1, the break goes above it.
                    sheet.PageSetup.AddHorizontalPageBreak(start);
                    used = 0;
                }

                used += height;
            }
        }

        private static double Pixels(IXLWorksheet sheet, int column) => Math.Round((sheet.Column(column).Width + 0.71) * PixelsPerChar);

        private ChartAnchor Anchor(double x)
        {
            var (fromColumn, fromOffset) = At(x);
            var (toColumn, toOffset) = At(x + chartWidth);
            return new ChartAnchor(fromColumn, fromOffset, row, toColumn, toOffset, row + ChartRows);
        }

        /// <summary>The zero-based column holding pixel <paramref name="x"/> and the offset into it, in EMU.</summary>
        private (int Column, long Offset) At(double x)
        {
            var column = 1;
            while (x >= Pixels(sheet, column))
            {
                x -= Pixels(sheet, column);
                column++;
            }

            return (column - 1, (long)(x * EmuPerPixel));
        }
    }
}
