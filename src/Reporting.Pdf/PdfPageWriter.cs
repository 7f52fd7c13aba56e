using System.Text;
using SkiaSharp;

namespace Reporting.Pdf;

/// <summary>
/// The page layout of the summary, in one place: A4 portrait pages with margins, a header and a "page i/N" footer,
/// wrapped paragraphs, drawn blocks (tiles, charts) and tables whose header row repeats on every page.
/// Content is laid out first as drawing steps per page, then drawn, so the footer knows the page count.
/// </summary>
internal sealed class PdfPageWriter : IDisposable
{
    public const float PageWidth = 595f;
    public const float PageHeight = 842f;
    public const float Margin = 42f;

    public static readonly SKColor Ink = new(0x22, 0x26, 0x2E);
    public static readonly SKColor Muted = new(0x5F, 0x66, 0x73);
    public static readonly SKColor Accent = new(0x1F, 0x4E, 0x8C);
    public static readonly SKColor Rule = new(0xC9, 0xD0, 0xDA);
    public static readonly SKColor Shade = new(0xEE, 0xF2, 0xF7);
    public static readonly SKColor Good = new(0x1B, 0x7F, 0x3B);
    public static readonly SKColor Bad = new(0xC0, 0x2B, 0x2B);

    private const float ContentTop = 66f;
    private const float ContentBottom = PageHeight - 50f;
    private const float CellPadding = 3f;

    private readonly List<List<Action<SKCanvas>>> pages = [];
    private readonly Dictionary<(bool Bold, float Size), SKFont> fonts = [];
    private readonly string headerLeft;
    private readonly string headerRight;
    private readonly Func<int, int, string> footer;
    private float y;

    /// <param name="footer">The footer text for page i of N, e.g. "Trang 1/3".</param>
    public PdfPageWriter(string headerLeft, string headerRight, Func<int, int, string> footer)
    {
        this.headerLeft = headerLeft;
        this.headerRight = headerRight;
        this.footer = footer;
        NewPage();
    }

    public static float Left => Margin;

    public static float Width => PageWidth - (2 * Margin);

    public float Y => y;

    public float Remaining => ContentBottom - y;

    public static float LineHeight(float size) => size * 1.32f;

    public SKFont Font(float size, bool bold = false)
    {
        if (!fonts.TryGetValue((bold, size), out var font))
        {
            // Unhinted, fractional advances: glyphs sit where the font puts them, not rounded to whole points.
            font = new SKFont(bold ? PdfFonts.Bold : PdfFonts.Regular, size) { Subpixel = true, LinearMetrics = true, Hinting = SKFontHinting.None };
            fonts[(bold, size)] = font;
        }

        return font;
    }

    public float Measure(string text, float size, bool bold = false) => Font(size, bold).MeasureText(Clean(text));

    /// <summary>Breaks text into lines no wider than <paramref name="width"/>, at spaces where possible.</summary>
    public IReadOnlyList<string> Wrap(string text, float width, float size, bool bold = false)
    {
        var font = Font(size, bold);
        var lines = new List<string>();
        foreach (var paragraph in Clean(text).Split('\n'))
        {
            var line = new StringBuilder();
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (font.MeasureText(candidate) <= width)
                {
                    line.Clear().Append(candidate);
                    continue;
                }

                if (line.Length > 0)
                {
                    lines.Add(line.ToString());
                    line.Clear();
                }

                // A word wider than the column (a long e-mail address) is cut by characters.
                var rest = word;
                while (font.MeasureText(rest) > width && rest.Length > 1)
                {
                    var take = rest.Length - 1;
                    while (take > 1 && font.MeasureText(rest[..take]) > width)
                    {
                        take--;
                    }

                    lines.Add(rest[..take]);
                    rest = rest[take..];
                }

                line.Append(rest);
            }

            lines.Add(line.ToString());
        }

        return lines;
    }

    public void NewPage()
    {
        pages.Add([]);
        y = ContentTop;
    }

    public void Space(float height) => y = Math.Min(y + height, ContentBottom);

    /// <summary>Starts a new page unless <paramref name="height"/> points still fit on this one.</summary>
    public void KeepTogether(float height)
    {
        if (y + height > ContentBottom && y > ContentTop)
        {
            NewPage();
        }
    }

    /// <summary>Reserves <paramref name="height"/> points across the content width and draws into them.</summary>
    public SKRect Block(float height, Action<SKCanvas, SKRect> draw)
    {
        KeepTogether(height);
        var rect = new SKRect(Left, y, Left + Width, y + height);
        Draw(canvas => draw(canvas, rect));
        y += height;
        return rect;
    }

    /// <param name="keepWithNext">Height of what follows that must stay on the heading's page.</param>
    public void Heading(string text, float keepWithNext = 80, float size = 12.5f)
    {
        KeepTogether(LineHeight(size) + 16 + keepWithNext);
        Space(6);
        Paragraph(text, size, bold: true, color: Accent, after: 2);
        var lineY = y;
        Draw(c => Line(c, Left, lineY, Left + Width, lineY, Rule, 0.8f));
        Space(7);
    }

    public void Paragraph(string text, float size = 9.5f, bool bold = false, SKColor? color = null, float indent = 0, string? bullet = null, float after = 4, SKTextAlign align = SKTextAlign.Left)
    {
        var font = Font(size, bold);
        var ink = color ?? Ink;
        var lineHeight = LineHeight(size);
        var lines = Wrap(text, Width - indent, size, bold);
        for (var i = 0; i < lines.Count; i++)
        {
            KeepTogether(lineHeight);
            var baseline = y + Baseline(font);
            var line = lines[i];
            if (i == 0 && bullet is not null)
            {
                Draw(c => Text(c, bullet, Left + indent - Measure(bullet + " ", size, bold), baseline, font, ink));
            }

            var x = align switch
            {
                SKTextAlign.Center => Left + indent + ((Width - indent) / 2),
                SKTextAlign.Right => Left + Width,
                _ => Left + indent,
            };
            Draw(c => Text(c, line, x, baseline, font, ink, align));
            y += lineHeight;
        }

        y += after;
    }

    /// <summary>A table whose header row is drawn again at the top of every page it continues on.</summary>
    public void Table(IReadOnlyList<PdfTableColumn> columns, IReadOnlyList<PdfTableRow> rows, float size = 7.5f)
    {
        var scale = Width / columns.Sum(c => c.Width);
        var widths = columns.Select(c => c.Width * scale).ToArray();
        var header = new PdfTableRow(columns.Select(c => c.Header).ToList());
        var headerHeight = RowHeight(header, widths, size, bold: true);
        KeepTogether(headerHeight + (3 * LineHeight(size)));
        DrawRow(header, columns, widths, size, headerHeight, bold: true, Shade);

        var striped = false;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var height = row.IsHeading ? HeadingHeight(size) : RowHeight(row, widths, size, bold: false);
            var keep = row.IsHeading && i + 1 < rows.Count ? height + RowHeight(rows[i + 1], widths, size, bold: false) : height;
            if (y + keep > ContentBottom)
            {
                NewPage();
                DrawRow(header, columns, widths, size, headerHeight, bold: true, Shade);
            }

            if (row.IsHeading)
            {
                var top = y;
                var font = Font(size + 0.5f, bold: true);
                var text = row.Cells[0];
                Draw(c =>
                {
                    Fill(c, new SKRect(Left, top, Left + Width, top + height), new SKColor(0xDD, 0xE5, 0xF0));
                    Text(c, text, Left + CellPadding, top + CellPadding + Baseline(font), font, Accent);
                });
                y += height;
                striped = false;
                continue;
            }

            DrawRow(row, columns, widths, size, height, bold: false, striped ? new SKColor(0xF7, 0xF9, 0xFB) : null);
            striped = !striped;
        }

        var end = y;
        Draw(c => Line(c, Left, end, Left + Width, end, Rule, 0.6f));
        y += 6;
    }

    /// <summary>Draws every page (header, content, footer) into a PDF.</summary>
    public void Write(Stream output, SKDocumentPdfMetadata metadata)
    {
        using var document = SKDocument.CreatePdf(output, metadata);
        var small = Font(7.5f);
        for (var i = 0; i < pages.Count; i++)
        {
            var canvas = document.BeginPage(PageWidth, PageHeight);
            Text(canvas, headerLeft, Left, 38, small, Muted);
            Text(canvas, headerRight, Left + Width, 38, small, Muted, SKTextAlign.Right);
            Line(canvas, Left, 44, Left + Width, 44, Rule, 0.6f);
            foreach (var step in pages[i])
            {
                step(canvas);
            }

            Line(canvas, Left, PageHeight - 40, Left + Width, PageHeight - 40, Rule, 0.6f);
            Text(canvas, footer(i + 1, pages.Count), PageWidth / 2, PageHeight - 28, small, Muted, SKTextAlign.Center);
            document.EndPage();
        }

        document.Close();
    }

    public static float Baseline(SKFont font) => -font.Metrics.Ascent;

    public static void Text(SKCanvas canvas, string text, float x, float baseline, SKFont font, SKColor color, SKTextAlign align = SKTextAlign.Left)
    {
        using var paint = new SKPaint { Color = color, IsAntialias = true };
        canvas.DrawText(Clean(text), x, baseline, align, font, paint);
    }

    public static void Fill(SKCanvas canvas, SKRect rect, SKColor color)
    {
        using var paint = new SKPaint { Color = color, IsAntialias = true, Style = SKPaintStyle.Fill };
        canvas.DrawRect(rect, paint);
    }

    public static void Line(SKCanvas canvas, float x0, float y0, float x1, float y1, SKColor color, float width)
    {
        using var paint = new SKPaint { Color = color, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = width };
        canvas.DrawLine(x0, y0, x1, y1, paint);
    }

    public void Dispose()
    {
        foreach (var font in fonts.Values)
        {
            font.Dispose();
        }

        fonts.Clear();
    }

    /// <summary>Composed (NFC) text: Vietnamese typed with combining marks must still map to the font's precomposed glyphs.</summary>
    private static string Clean(string text) => text.Normalize(NormalizationForm.FormC);

    private void Draw(Action<SKCanvas> step) => pages[^1].Add(step);

    private float HeadingHeight(float size) => LineHeight(size + 0.5f) + (2 * CellPadding);

    private float RowHeight(PdfTableRow row, float[] widths, float size, bool bold) =>
        (row.Cells.Select((text, i) => Wrap(text, widths[i] - (2 * CellPadding), size, bold).Count).DefaultIfEmpty(1).Max() * LineHeight(size)) + (2 * CellPadding);

    private void DrawRow(PdfTableRow row, IReadOnlyList<PdfTableColumn> columns, float[] widths, float size, float height, bool bold, SKColor? background)
    {
        var top = y;
        var font = Font(size, bold);
        var cells = row.Cells.Select((text, i) => Wrap(text, widths[i] - (2 * CellPadding), size, bold)).ToList();
        Draw(c =>
        {
            if (background is { } shade)
            {
                Fill(c, new SKRect(Left, top, Left + Width, top + height), shade);
            }

            var x = Left;
            for (var i = 0; i < cells.Count; i++)
            {
                var color = row.Colors is { } colors && i < colors.Count && colors[i] is { } custom ? custom : Ink;
                for (var line = 0; line < cells[i].Count; line++)
                {
                    var baseline = top + CellPadding + Baseline(font) + (line * LineHeight(size));
                    if (columns[i].AlignRight)
                    {
                        Text(c, cells[i][line], x + widths[i] - CellPadding, baseline, font, color, SKTextAlign.Right);
                    }
                    else
                    {
                        Text(c, cells[i][line], x + CellPadding, baseline, font, color);
                    }
                }

                x += widths[i];
            }
        });
        y += height;
    }
}
