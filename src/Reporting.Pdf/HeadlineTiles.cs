using System.Globalization;
using Reporting.Core.Catalog;
using Reporting.Core.Reports;
using Reporting.Core.Summary;
using SkiaSharp;

namespace Reporting.Pdf;

/// <summary>The tiles of page 1: one per headline indicator with its value, change against the same period and target attainment.</summary>
internal static class HeadlineTiles
{
    private const int PerRow = 4;
    private const float Gap = 8f;
    private const float Height = 104f;
    private const float Pad = 6f;

    public static void Add(PdfPageWriter writer, ReportModel model)
    {
        var rows = model.Summary.Rows.Where(r => r.Indicator.Headline).ToList();
        var width = (PdfPageWriter.Width - ((PerRow - 1) * Gap)) / PerRow;
        foreach (var line in rows.Chunk(PerRow))
        {
            var tiles = line.Select(row => Layout(writer, row, model.Summary, model.Language, width)).ToList();
            writer.Block(Height, (canvas, rect) =>
            {
                for (var i = 0; i < tiles.Count; i++)
                {
                    tiles[i](canvas, new SKRect(rect.Left + (i * (width + Gap)), rect.Top, rect.Left + (i * (width + Gap)) + width, rect.Bottom));
                }
            });
            writer.Space(Gap);
        }
    }

    /// <summary>Measures and wraps the tile's text now (fonts belong to the writer); returns how to draw it.</summary>
    private static Action<SKCanvas, SKRect> Layout(PdfPageWriter writer, SummaryRow row, PeriodSummary summary, Language lang, float width)
    {
        var inner = width - (2 * Pad) - 3;
        var nameFont = writer.Font(7f, bold: true);
        var name = writer.Wrap(row.Indicator.Name(lang), inner, 7f, bold: true).Take(3).ToList();
        var valueSize = 15f;
        var value = ReportFormat.Value(row.Indicator, row.Value, lang) + (row.Indicator.Unit(lang) == "%" && row.Value is not null ? "%" : string.Empty)
            + (row.Current.IsEstimate ? " (" + ReportFormat.EstimateWord(lang) + ")" : string.Empty);
        while (writer.Measure(value, valueSize, bold: true) > inner && valueSize > 9)
        {
            valueSize -= 0.5f;
        }

        var valueFont = writer.Font(valueSize, bold: true);
        var small = writer.Font(6.5f);
        var changeFont = writer.Font(8.5f, bold: true);
        var unit = row.Indicator.Unit(lang) == "%" ? string.Empty : writer.Wrap(row.Indicator.Unit(lang), inner, 6.5f)[0];
        var (change, color) = Change(row, lang);
        var versus = row.Change is null && row.CompareValue is null
            ? lang.T("chưa có số liệu cùng kỳ", "no same-period figure")
            : lang.T("so với ", "vs ") + ReportSentences.SamePeriod(summary, lang);
        var target = row.Attainment is { } attainment && row.Target is not null
            ? lang.T("Đạt ", string.Empty) + ReportFormat.Number(attainment, 2, lang) + "% " + lang.T("kế hoạch ", "of target ") + summary.Period.Year.ToString(CultureInfo.InvariantCulture)
            : string.Empty;

        return (canvas, rect) =>
        {
            using (var paint = new SKPaint { Color = PdfPageWriter.Shade, IsAntialias = true })
            {
                canvas.DrawRoundRect(rect, 4, 4, paint);
            }

            PdfPageWriter.Fill(canvas, new SKRect(rect.Left, rect.Top + 4, rect.Left + 3, rect.Bottom - 4), PdfPageWriter.Accent);
            var x = rect.Left + Pad + 3;
            var y = rect.Top + Pad;
            foreach (var line in name)
            {
                PdfPageWriter.Text(canvas, line, x, y + PdfPageWriter.Baseline(nameFont), nameFont, PdfPageWriter.Muted);
                y += PdfPageWriter.LineHeight(7f);
            }

            y = rect.Top + Pad + (3 * PdfPageWriter.LineHeight(7f)) + 3;
            PdfPageWriter.Text(canvas, value, x, y + PdfPageWriter.Baseline(valueFont), valueFont, PdfPageWriter.Accent);
            y += PdfPageWriter.LineHeight(15f);
            PdfPageWriter.Text(canvas, unit, x, y + PdfPageWriter.Baseline(small), small, PdfPageWriter.Muted);
            y += PdfPageWriter.LineHeight(6.5f) + 2;
            PdfPageWriter.Text(canvas, change, x, y + PdfPageWriter.Baseline(changeFont), changeFont, color);
            y += PdfPageWriter.LineHeight(8.5f);
            PdfPageWriter.Text(canvas, versus, x, y + PdfPageWriter.Baseline(small), small, PdfPageWriter.Muted);
            y += PdfPageWriter.LineHeight(6.5f);
            PdfPageWriter.Text(canvas, target, x, y + PdfPageWriter.Baseline(small), small, PdfPageWriter.Ink);
        };
    }

    /// <summary>"▲ +9,7%" in green when the change is good news, red when bad (for the indicator's direction).</summary>
    private static (string Text, SKColor Color) Change(SummaryRow row, Language lang)
    {
        if (row.Change is not { } change)
        {
            return ("–", PdfPageWriter.Muted);
        }

        if (change == 0)
        {
            return ("= " + ReportFormat.Change(row, lang), PdfPageWriter.Muted);
        }

        var good = (change > 0) == row.Indicator.HigherIsBetter;
        return ((change > 0 ? "▲ " : "▼ ") + ReportFormat.Change(row, lang), good ? PdfPageWriter.Good : PdfPageWriter.Bad);
    }
}
