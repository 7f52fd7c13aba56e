using System.Globalization;
using Reporting.Core.Agencies;
using Reporting.Core.Catalog;
using Reporting.Core.Reports;
using Reporting.Core.Summary;
using ScottPlot;
using ScottPlot.TickGenerators;
using SkiaSharp;

namespace Reporting.Pdf;

/// <summary>
/// The charts of the report, built once as ScottPlot plots: drawn as vectors in the PDF and saved as PNG and SVG.
/// This period against the same period by indicator group, the trend of each headline indicator, and the agencies
/// ranked on the online-records and signed-documents rates.
/// </summary>
public sealed class ReportCharts
{
    /// <summary>Width of a full-width chart in points: the PDF's content width.</summary>
    public const int FullWidth = 511;

    /// <summary>The rates agencies are ranked on.</summary>
    public static readonly IReadOnlyList<string> RankedIndicators = ["REC.ONLINE_RATE", "EDOC.SIGNED_RATE"];

    private const int RankedShown = 10;
    private const int Highlighted = 5;
    private static readonly Color Current = Color.FromHex("#1F4E8C");
    private static readonly Color Previous = Color.FromHex("#A7B1BE");
    private static readonly Color Lowest = Color.FromHex("#C62828");
    private static readonly Color Text = Color.FromHex("#22262E");

    /// <summary>Every chart, in the order the PDF shows them. The caller disposes them.</summary>
    public IReadOnlyList<ReportChart> Build(ReportModel model) =>
        [.. Comparisons(model).Concat(Trends(model)).Concat(Rankings(model)).Select(Settled)];

    /// <summary>Writes each chart as NAME.png (at twice the size, for slides) and NAME.svg; returns the files written.</summary>
    public IReadOnlyList<string> WriteAll(ReportModel model, string directory)
    {
        Directory.CreateDirectory(directory);
        var files = new List<string>();
        foreach (var chart in Build(model))
        {
            using (chart)
            {
                var svg = Path.Combine(directory, chart.Name + ".svg");
                chart.Plot.SaveSvg(svg, chart.Width, chart.Height);
                var png = Path.Combine(directory, chart.Name + ".png");
                File.WriteAllBytes(png, Png(chart));
                files.Add(png);
                files.Add(svg);
            }
        }

        return files;
    }

    /// <summary>This period against the compare period, one chart per indicator group, titled with the group's name.</summary>
    public IReadOnlyList<ReportChart> BuildComparisons(ReportModel model) => [.. Comparisons(model).Select(Settled)];

    /// <summary>A chart as PNG at twice its size in points: sharp on slides and in a printed document.</summary>
    public static byte[] Png(ReportChart chart)
    {
        chart.Plot.ScaleFactor = 2;
        try
        {
            return chart.Plot.GetImageBytes(chart.Width * 2, chart.Height * 2, ImageFormat.Png);
        }
        finally
        {
            chart.Plot.ScaleFactor = 1;
        }
    }

    /// <summary>
    /// One chart per indicator group. Counts in a group differ by orders of magnitude (62 million items, 2,958 branches),
    /// so each indicator's pair of bars is scaled to its larger value and labelled with the real figures.
    /// </summary>
    internal static IEnumerable<ReportChart> Comparisons(ReportModel model)
    {
        var lang = model.Language;
        foreach (var group in model.Catalog.Groups)
        {
            var rows = model.Summary.Rows
                .Where(r => r.Indicator.Group == group.Code && !r.Indicator.IsRate && !r.Indicator.IsDerived && r.Value is > 0)
                .ToList();
            if (rows.Count == 0)
            {
                continue;
            }

            var plot = NewPlot();
            var bars = new List<Bar>();
            var ticks = new List<(double, string)>();
            for (var k = 0; k < rows.Count; k++)
            {
                var row = rows[k];
                var position = rows.Count - 1 - k;
                var scale = (double)Math.Max(row.Value!.Value, row.CompareValue ?? 0) / 100;
                if (row.CompareValue is { } compare)
                {
                    bars.Add(HorizontalBar(position + 0.2, (double)compare / scale, Previous, ReportFormat.Value(row.Indicator, compare, lang)));
                }

                bars.Add(HorizontalBar(position - 0.2, (double)row.Value.Value / scale, Current, ReportFormat.Value(row.Indicator, row.Value, lang)));
                ticks.Add((position, Wrap(row.Indicator.Name(lang) + " (" + row.Indicator.Unit(lang) + ")", 42, maxLines: 2)));
            }

            AddBars(plot, bars);
            plot.Axes.Left.TickGenerator = new NumericManual(ticks.Select(t => t.Item1).ToArray(), ticks.Select(t => t.Item2).ToArray());
            plot.Axes.Bottom.TickGenerator = new NumericManual();
            plot.Axes.SetLimits(0, 128, -0.6, rows.Count + 0.7);
            plot.Title(group.Name(lang), 10);
            plot.XLabel(lang.T("Mỗi chỉ tiêu theo thang riêng (giá trị lớn hơn = 100%); nhãn là số liệu thực tế", "Each indicator on its own scale (larger value = 100%); labels are the actual figures"), 7);
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = ReportSentences.SamePeriod(model.Summary, lang).Capitalized(), FillColor = Previous });
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = ReportFormat.PeriodName(model.Summary.Period, lang).Capitalized(), FillColor = Current });
            plot.ShowLegend(Alignment.UpperRight, Orientation.Horizontal);
            Finish(plot);
            yield return new ReportChart("compare-" + FileName(group.Code), plot, FullWidth, 90 + (30 * rows.Count)) { Title = group.Name(lang) };
        }
    }

    /// <summary>Each headline indicator over the trend periods, on its own scale.</summary>
    internal static IEnumerable<ReportChart> Trends(ReportModel model)
    {
        var lang = model.Language;
        var culture = ReportFormat.Culture(lang);
        foreach (var indicator in model.Catalog.Indicators.Where(i => i.Headline))
        {
            var points = model.Trend
                .Select((aggregate, x) => (X: (double)x, Value: SummaryBuilder.Shown(indicator, aggregate.Province(indicator.Code).Value)))
                .Where(p => p.Value is not null)
                .ToList();
            if (points.Count == 0)
            {
                continue;
            }

            var plot = NewPlot();
            var line = plot.Add.Scatter(points.Select(p => p.X).ToArray(), points.Select(p => (double)p.Value!.Value).ToArray(), Current);
            line.LineWidth = 1.8f;
            line.MarkerSize = 5;
            plot.Axes.Bottom.TickGenerator = new NumericManual(
                Enumerable.Range(0, model.Trend.Count).Select(i => (double)i).ToArray(),
                model.Trend.Select(t => t.Period.ToString()).ToArray());
            plot.Axes.Left.TickGenerator = new NumericAutomatic { LabelFormatter = v => Compact(v, culture, lang), TargetTickCount = 5 };
            var low = points.Min(p => (double)p.Value!.Value);
            var high = points.Max(p => (double)p.Value!.Value);
            var pad = Math.Max((high - low) * 0.15, Math.Abs(high) * 0.02) + 1e-9;
            plot.Axes.SetLimits(-0.4, model.Trend.Count - 0.6, Math.Max(0, low - pad), high + pad);
            plot.Title(Wrap(indicator.Name(lang) + " (" + indicator.Unit(lang) + ")", 52), 8.5f);
            Finish(plot, bottomTickSize: 6.5f);
            yield return new ReportChart("trend-" + FileName(indicator.Code), plot, (FullWidth - 11) / 2, 158);
        }
    }

    /// <summary>Agencies ranked on each ranked rate; the lowest five in red. Top and bottom ten when there are many.</summary>
    internal static IEnumerable<ReportChart> Rankings(ReportModel model)
    {
        var lang = model.Language;
        var current = model.Summary.Current;
        foreach (var code in RankedIndicators)
        {
            if (model.Catalog.Find(code) is not { } indicator)
            {
                continue;
            }

            var ranked = current.Agencies
                .Select(a => (Agency: model.Directory.Find(a), Value: SummaryBuilder.Shown(indicator, current.Agency(a, code).Value)))
                .Where(x => x.Agency is not null && x.Value is not null)
                .Select(x => (Agency: x.Agency!, Value: x.Value!.Value))
                .OrderByDescending(x => x.Value)
                .ThenBy(x => x.Agency.Name, StringComparer.Ordinal)
                .ToList();
            if (ranked.Count == 0)
            {
                continue;
            }

            var shown = ranked.Count > 2 * RankedShown
                ? ranked.Take(RankedShown).Select((x, i) => (x.Agency, x.Value, Rank: i + 1))
                    .Concat([(Agency: (Agency?)null!, Value: 0m, Rank: 0)])
                    .Concat(ranked.Skip(ranked.Count - RankedShown).Select((x, i) => (x.Agency, x.Value, Rank: ranked.Count - RankedShown + i + 1)))
                    .ToList()
                : ranked.Select((x, i) => (x.Agency, x.Value, Rank: i + 1)).ToList();

            var plot = NewPlot();
            var bars = new List<Bar>();
            var ticks = new List<(double, string)>();
            for (var k = 0; k < shown.Count; k++)
            {
                var (agency, value, rank) = shown[k];
                var position = shown.Count - 1 - k;
                if (agency is null)
                {
                    ticks.Add((position, "⋯"));
                    continue;
                }

                var color = rank > ranked.Count - Highlighted ? Lowest : Current;
                bars.Add(HorizontalBar(position, (double)value, color, ReportFormat.Value(indicator, value, lang) + "%", size: 0.7));
                ticks.Add((position, rank.ToString(CultureInfo.InvariantCulture) + ". " + Shorten(agency.NameIn(lang), 40)));
            }

            AddBars(plot, bars);
            plot.Axes.Left.TickGenerator = new NumericManual(ticks.Select(t => t.Item1).ToArray(), ticks.Select(t => t.Item2).ToArray());
            plot.Axes.Bottom.TickGenerator = new NumericAutomatic { LabelFormatter = v => v.ToString("N0", ReportFormat.Culture(lang)) + "%", TargetTickCount = 6 };
            plot.Axes.SetLimits(0, Math.Max(100, (double)ranked[0].Value) * 1.12, -0.6, shown.Count - 0.4);
            var scope = ranked.Count > 2 * RankedShown
                ? lang.T($"{RankedShown} đơn vị cao nhất và {RankedShown} đơn vị thấp nhất trong {ranked.Count} đơn vị", $"Top {RankedShown} and bottom {RankedShown} of {ranked.Count} agencies")
                : lang.T($"{ranked.Count} đơn vị", $"{ranked.Count} agencies");
            plot.Title(indicator.Name(lang) + "\n" + scope + lang.T(" (5 đơn vị thấp nhất tô đỏ)", " (lowest 5 in red)"), 9.5f);
            Finish(plot);
            yield return new ReportChart("ranking-" + FileName(code), plot, FullWidth, 60 + (12 * shown.Count));
        }
    }

    /// <summary>
    /// ScottPlot renders a plot twice on its first render (layout, then again with the settled layout). Done once on a
    /// canvas that draws nothing, so a PDF page or an SVG gets each label once, not twice on top of itself.
    /// </summary>
    private static ReportChart Settled(ReportChart chart)
    {
        using var canvas = new SKNoDrawCanvas(chart.Width, chart.Height);
        chart.Plot.Render(canvas, chart.Width, chart.Height);
        return chart;
    }

    private static Plot NewPlot()
    {
        PdfFonts.RegisterWithCharts();
        var plot = new Plot();
        plot.RenderManager.ClearCanvasBeforeEachRender = false;
        plot.FigureBackground.Color = Colors.White;
        plot.Grid.MajorLineColor = Color.FromHex("#E3E7ED");
        plot.Axes.Frame(false);
        return plot;
    }

    private static Bar HorizontalBar(double position, double value, Color color, string label, double size = 0.38) => new()
    {
        Position = position,
        Value = value,
        Size = size,
        FillColor = color,
        LineWidth = 0,
        Label = label,
        Orientation = Orientation.Horizontal,
    };

    private static void AddBars(Plot plot, List<Bar> bars)
    {
        var barPlot = plot.Add.Bars(bars);
        barPlot.Horizontal = true;
        barPlot.ValueLabelStyle.FontSize = 7;
        barPlot.ValueLabelStyle.ForeColor = Text;
        barPlot.ValueLabelStyle.FontName = PdfFonts.Family;
    }

    /// <summary>Every label in the embedded font and sizes readable at A4 width.</summary>
    private static void Finish(Plot plot, float bottomTickSize = 7.5f)
    {
        plot.Font.Set(PdfFonts.Family);
        plot.Legend.FontName = PdfFonts.Family;
        plot.Legend.FontSize = 7.5f;
        plot.Legend.ShadowColor = Colors.Transparent;
        plot.Legend.OutlineColor = Color.FromHex("#C9D0DA");
        plot.Axes.Title.Label.ForeColor = Text;
        plot.Axes.Title.FullFigureCenter = true;
        foreach (var axis in plot.Axes.GetAxes())
        {
            axis.MinorTickStyle.Length = 0;
            axis.TickLabelStyle.FontSize = axis.Edge == Edge.Bottom ? bottomTickSize : 7.5f;
            axis.TickLabelStyle.ForeColor = Text;
            axis.Label.ForeColor = Color.FromHex("#5F6673");
        }
    }

    /// <summary>Axis figures in the report's number format, shortened to thousands or millions when large.</summary>
    private static string Compact(double value, CultureInfo culture, Language lang) => Math.Abs(value) switch
    {
        >= 10_000_000 => (value / 1_000_000).ToString("N1", culture) + lang.T(" tr", "M"),
        >= 100_000 => (value / 1_000).ToString("N0", culture) + lang.T(" nghìn", "k"),
        >= 100 => value.ToString("N0", culture),
        _ => value.ToString("N1", culture),
    };

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..(length - 1)].TrimEnd() + "…";

    /// <summary>Breaks a label into lines of at most <paramref name="length"/> characters, at spaces; "…" ends a cut label.</summary>
    private static string Wrap(string text, int length, int maxLines = 4)
    {
        var lines = new List<string> { string.Empty };
        foreach (var word in text.Split(' '))
        {
            if (lines[^1].Length > 0 && lines[^1].Length + 1 + word.Length > length)
            {
                lines.Add(string.Empty);
            }

            lines[^1] = lines[^1].Length == 0 ? word : lines[^1] + " " + word;
        }

        if (lines.Count <= maxLines)
        {
            return string.Join('\n', lines);
        }

        var last = lines[maxLines - 1];
        return string.Join('\n', lines.Take(maxLines - 1).Append((last.Length < length ? last : last[..(length - 1)]).TrimEnd() + "…"));
    }


    private static string FileName(string code) => code.ToLowerInvariant().Replace('.', '-').Replace('_', '-');
}
