using System.Globalization;
using DocumentFormat.OpenXml;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;

namespace Reporting.Excel.Reports;

/// <summary>
/// The DrawingML of one native chart (c:chartSpace) from a <see cref="ChartSpec"/>. Series read workbook ranges
/// (c:strRef / c:numRef) and carry a cache of the values, as Excel itself writes them. Child elements follow the
/// schema's order, which Excel enforces.
/// </summary>
internal static class ChartXml
{
    private const uint CategoryAxisId = 101;
    private const uint ValueAxisId = 102;

    public static C.ChartSpace Build(ChartSpec spec)
    {
        OpenXmlElement plot = spec.Kind == ChartKind.ClusteredColumn ? Bars(spec) : Lines(spec);
        var chart = new C.Chart(
            Title(spec.Title),
            new C.AutoTitleDeleted { Val = false },
            new C.PlotArea(new C.Layout(), plot, CategoryAxis(), ValueAxis(spec.Kind == ChartKind.ClusteredColumn)));
        if (spec.Kind == ChartKind.ClusteredColumn || spec.Series.Count > 1)
        {
            chart.Append(new C.Legend(new C.LegendPosition { Val = C.LegendPositionValues.Bottom }, new C.Overlay { Val = false }, Text(900, bold: false)));
        }

        chart.Append(new C.PlotVisibleOnly { Val = true }, new C.DisplayBlanksAs { Val = C.DisplayBlanksAsValues.Gap });
        var space = new C.ChartSpace(new C.Date1904 { Val = false }, new C.RoundedCorners { Val = false }, chart);
        space.AddNamespaceDeclaration("c", "http://schemas.openxmlformats.org/drawingml/2006/chart");
        space.AddNamespaceDeclaration("a", "http://schemas.openxmlformats.org/drawingml/2006/main");
        space.AddNamespaceDeclaration("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
        return space;
    }

    private static C.BarChart Bars(ChartSpec spec)
    {
        var bars = new C.BarChart(
            new C.BarDirection { Val = C.BarDirectionValues.Column },
            new C.BarGrouping { Val = C.BarGroupingValues.Clustered },
            new C.VaryColors { Val = false });
        for (var i = 0; i < spec.Series.Count; i++)
        {
            var s = spec.Series[i];
            bars.Append(new C.BarChartSeries(
                new C.Index { Val = (uint)i },
                new C.Order { Val = (uint)i },
                SeriesName(s),
                new C.ChartShapeProperties(Fill(s.Color ?? "4472C4")),
                new C.InvertIfNegative { Val = false },
                ValueLabels(s.FormatCode),
                Categories(spec),
                Values(s)));
        }

        bars.Append(new C.GapWidth { Val = 60 }, new C.Overlap { Val = -10 }, new C.AxisId { Val = CategoryAxisId }, new C.AxisId { Val = ValueAxisId });
        return bars;
    }

    private static C.LineChart Lines(ChartSpec spec)
    {
        var lines = new C.LineChart(new C.Grouping { Val = C.GroupingValues.Standard }, new C.VaryColors { Val = false });
        for (var i = 0; i < spec.Series.Count; i++)
        {
            var s = spec.Series[i];
            var color = s.Color ?? "4472C4";
            lines.Append(new C.LineChartSeries(
                new C.Index { Val = (uint)i },
                new C.Order { Val = (uint)i },
                SeriesName(s),
                new C.ChartShapeProperties(new A.Outline(Fill(color)) { Width = 28575 }),
                new C.Marker(
                    new C.Symbol { Val = C.MarkerStyleValues.Circle },
                    new C.Size { Val = 6 },
                    new C.ChartShapeProperties(Fill(color), new A.Outline(Fill(color)))),
                Categories(spec),
                Values(s),
                new C.Smooth { Val = false }));
        }

        lines.Append(new C.ShowMarker { Val = true }, new C.AxisId { Val = CategoryAxisId }, new C.AxisId { Val = ValueAxisId });
        return lines;
    }

    private static C.SeriesText SeriesName(ChartSeries s) =>
        new(new C.StringReference(new C.Formula(s.NameFormula), StringCache([s.Name])));

    private static C.CategoryAxisData Categories(ChartSpec spec) =>
        new(new C.StringReference(new C.Formula(spec.CategoryFormula), StringCache(spec.Categories)));

    private static C.Values Values(ChartSeries s)
    {
        var cache = new C.NumberingCache(new C.FormatCode(s.FormatCode), new C.PointCount { Val = (uint)s.Values.Count });
        for (var i = 0; i < s.Values.Count; i++)
        {
            // An empty cell has no cached point: the chart leaves a gap.
            if (s.Values[i] is { } v)
            {
                cache.Append(new C.NumericPoint(new C.NumericValue(v.ToString(CultureInfo.InvariantCulture))) { Index = (uint)i });
            }
        }

        return new C.Values(new C.NumberReference(new C.Formula(s.ValuesFormula), cache));
    }

    private static C.StringCache StringCache(IReadOnlyList<string> texts)
    {
        var cache = new C.StringCache(new C.PointCount { Val = (uint)texts.Count });
        for (var i = 0; i < texts.Count; i++)
        {
            cache.Append(new C.StringPoint(new C.NumericValue(texts[i])) { Index = (uint)i });
        }

        return cache;
    }

    private static C.DataLabels ValueLabels(string format) =>
        new(
            new C.NumberingFormat { FormatCode = format, SourceLinked = false },
            Text(800, bold: false),
            new C.DataLabelPosition { Val = C.DataLabelPositionValues.OutsideEnd },
            new C.ShowLegendKey { Val = false },
            new C.ShowValue { Val = true },
            new C.ShowCategoryName { Val = false },
            new C.ShowSeriesName { Val = false },
            new C.ShowPercent { Val = false },
            new C.ShowBubbleSize { Val = false });

    private static C.CategoryAxis CategoryAxis() =>
        new(
            new C.AxisId { Val = CategoryAxisId },
            new C.Scaling(new C.Orientation { Val = C.OrientationValues.MinMax }),
            new C.Delete { Val = false },
            new C.AxisPosition { Val = C.AxisPositionValues.Bottom },
            new C.NumberingFormat { FormatCode = "General", SourceLinked = true },
            new C.MajorTickMark { Val = C.TickMarkValues.Outside },
            new C.MinorTickMark { Val = C.TickMarkValues.None },
            new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo },
            Text(800, bold: false),
            new C.CrossingAxis { Val = ValueAxisId },
            new C.Crosses { Val = C.CrossesValues.AutoZero },
            new C.AutoLabeled { Val = true },
            new C.LabelAlignment { Val = C.LabelAlignmentValues.Center },
            new C.LabelOffset { Val = 100 },
            new C.NoMultiLevelLabels { Val = false });

    /// <summary>Bars start at zero: a bar cut off at 1,900 makes a 13% rise look threefold.</summary>
    private static C.ValueAxis ValueAxis(bool fromZero) =>
        new(
            new C.AxisId { Val = ValueAxisId },
            fromZero
                ? new C.Scaling(new C.Orientation { Val = C.OrientationValues.MinMax }, new C.MinAxisValue { Val = 0 })
                : new C.Scaling(new C.Orientation { Val = C.OrientationValues.MinMax }),
            new C.Delete { Val = false },
            new C.AxisPosition { Val = C.AxisPositionValues.Left },
            new C.MajorGridlines(new C.ChartShapeProperties(new A.Outline(Fill("D9D9D9")))),
            new C.NumberingFormat { FormatCode = NumberFormats.Count, SourceLinked = false },
            new C.MajorTickMark { Val = C.TickMarkValues.Outside },
            new C.MinorTickMark { Val = C.TickMarkValues.None },
            new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo },
            Text(800, bold: false),
            new C.CrossingAxis { Val = CategoryAxisId },
            new C.Crosses { Val = C.CrossesValues.AutoZero },
            new C.CrossBetween { Val = C.CrossBetweenValues.Between });

    private static C.Title Title(string text) =>
        new(
            new C.ChartText(new C.RichText(
                new A.BodyProperties(),
                new A.ListStyle(),
                new A.Paragraph(
                    new A.ParagraphProperties(new A.DefaultRunProperties { FontSize = 1100, Bold = true }),
                    new A.Run(new A.RunProperties { Language = "vi-VN", FontSize = 1100, Bold = true }, new A.Text(text))))),
            new C.Overlay { Val = false });

    private static C.TextProperties Text(int size, bool bold) =>
        new(
            new A.BodyProperties(),
            new A.ListStyle(),
            new A.Paragraph(new A.ParagraphProperties(new A.DefaultRunProperties { FontSize = size, Bold = bold }), new A.EndParagraphRunProperties { Language = "vi-VN" }));

    private static A.SolidFill Fill(string rgb) => new(new A.RgbColorModelHex { Val = rgb });
}
