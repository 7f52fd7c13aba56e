using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Reporting.Word;

/// <summary>The paragraphs, runs and table cells the document is made of, in the few shapes it uses.</summary>
internal static class Blocks
{
    /// <summary>A paragraph of one run in a style.</summary>
    public static Paragraph Paragraph(string text, string style = WordStyles.Normal, TextFormat format = default, ParagraphProperties? properties = null)
    {
        var paragraph = new Paragraph(Properties(style, properties));
        if (text.Length > 0)
        {
            paragraph.Append(Run(text, format));
        }

        return paragraph;
    }

    /// <summary>A centred paragraph without indent or spacing, as the header block and signature use.</summary>
    public static Paragraph Centred(string text, TextFormat format, int after = 0) =>
        Paragraph(text, WordStyles.Normal, format, new ParagraphProperties(
            new SpacingBetweenLines { Before = "0", After = Twips(after), Line = "240", LineRule = LineSpacingRuleValues.Auto },
            new Indentation { FirstLine = "0" },
            new Justification { Val = JustificationValues.Center }));

    /// <summary>
    /// A short horizontal line, centred, drawn as the top border of an empty 1-pt paragraph 3 pt below the text: the line
    /// the decree puts under the agency's name, the motto and the subject. Its paragraph carries it, so it moves with the
    /// text, and a line the width of a word needs no estimate of where the text wraps.
    /// </summary>
    /// <param name="length">Length of the line, in twips.</param>
    /// <param name="width">Width of the column it is centred in, in twips.</param>
    public static Paragraph Line(int length, int width)
    {
        var side = Math.Max(0, (width - length) / 2);
        return new Paragraph(
            new ParagraphProperties(
                new ParagraphBorders(new TopBorder { Val = BorderValues.Single, Size = 6, Space = 1, Color = "000000" }),
                new SpacingBetweenLines { Before = "60", After = "0", Line = "20", LineRule = LineSpacingRuleValues.Exact },
                new Indentation { Left = Twips(side), Right = Twips(side), FirstLine = "0" },
                new Justification { Val = JustificationValues.Center }),
            new Run(new RunProperties(new FontSize { Val = "2" }, new FontSizeComplexScript { Val = "2" })));
    }

    /// <summary>
    /// A run; line breaks in the text become breaks in the run, and the space before "%" ("2,35 điểm %") a no-break
    /// space, so that a line never starts with the sign.
    /// </summary>
    public static Run Run(string text, TextFormat format = default)
    {
        text = text.Replace(" %", "\u00A0%", StringComparison.Ordinal);
        var run = new Run();
        var properties = new RunProperties();
        if (format.Bold)
        {
            properties.Append(new Bold(), new BoldComplexScript());
        }

        if (format.Italic)
        {
            properties.Append(new Italic(), new ItalicComplexScript());
        }

        if (format.Size is { } size)
        {
            properties.Append(new FontSize { Val = Twips(size) }, new FontSizeComplexScript { Val = Twips(size) });
        }

        if (format.Highlight)
        {
            properties.Append(new Highlight { Val = HighlightColorValues.Yellow });
        }

        if (properties.HasChildren)
        {
            run.Append(properties);
        }

        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                run.Append(new Break());
            }

            run.Append(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
        }

        return run;
    }

    /// <summary>A table of fixed column widths (twips) in the given style; the rows are added by the caller.</summary>
    /// <param name="indent">From the left margin to the table's edge (negative: out into the margin).</param>
    public static Table Table(IReadOnlyList<int> widths, string style, bool borders = true, int indent = 0)
    {
        var properties = new TableProperties(
            new TableStyle { Val = style },
            new TableWidth { Width = Twips(widths.Sum()), Type = TableWidthUnitValues.Dxa });
        if (indent != 0)
        {
            properties.Append(new TableIndentation { Width = indent, Type = TableWidthUnitValues.Dxa });
        }

        if (!borders)
        {
            properties.Append(new TableBorders(
                new TopBorder { Val = BorderValues.None },
                new LeftBorder { Val = BorderValues.None },
                new BottomBorder { Val = BorderValues.None },
                new RightBorder { Val = BorderValues.None },
                new InsideHorizontalBorder { Val = BorderValues.None },
                new InsideVerticalBorder { Val = BorderValues.None }));
        }

        properties.Append(new TableLayout { Type = TableLayoutValues.Fixed });
        properties.Append(new TableLook { Val = "04A0", FirstRow = true, LastRow = false, FirstColumn = true, LastColumn = false, NoHorizontalBand = false, NoVerticalBand = true });
        return new Table(properties, new TableGrid(widths.Select(w => new GridColumn { Width = Twips(w) })));
    }

    /// <summary>A row; a header row is repeated at the top of each page the table runs onto and is never split.</summary>
    public static TableRow Row(bool header, params TableCell[] cells)
    {
        var row = new TableRow();
        var properties = new TableRowProperties(new CantSplit());
        if (header)
        {
            properties.Append(new TableHeader());
        }

        row.Append(properties);
        row.Append(cells);
        return row;
    }

    /// <summary>A cell of one or more paragraphs.</summary>
    /// <param name="span">Grid columns it spans.</param>
    /// <param name="merge">Its place in a vertical merge: restart for the first cell, continue for the ones under it.</param>
    /// <param name="top">Text at the top of the cell rather than centred (the header block's and signature's columns).</param>
    public static TableCell Cell(int width, IEnumerable<Paragraph> paragraphs, int span = 1, MergedCellValues? merge = null, string? shading = null, bool top = false)
    {
        var properties = new TableCellProperties(new TableCellWidth { Width = Twips(width), Type = TableWidthUnitValues.Dxa });
        if (span > 1)
        {
            properties.Append(new GridSpan { Val = span });
        }

        if (merge is { } m)
        {
            properties.Append(new VerticalMerge { Val = m });
        }

        if (shading is not null)
        {
            properties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = shading });
        }

        properties.Append(new TableCellVerticalAlignment { Val = top ? TableVerticalAlignmentValues.Top : TableVerticalAlignmentValues.Center });
        var cell = new TableCell(properties);
        cell.Append(paragraphs);
        if (!cell.Elements<Paragraph>().Any())
        {
            cell.Append(new Paragraph());
        }

        return cell;
    }

    /// <summary>A cell of one paragraph of text in a table style, aligned as given.</summary>
    public static TableCell TextCell(int width, string text, string style = WordStyles.TableText, JustificationValues? align = null, TextFormat format = default, int span = 1, MergedCellValues? merge = null, string? shading = null)
    {
        var properties = align is { } a ? new ParagraphProperties(new Justification { Val = a }) : null;
        return Cell(width, [Paragraph(text, style, format, properties)], span, merge, shading);
    }

    public static string Twips(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static ParagraphProperties Properties(string style, ParagraphProperties? properties)
    {
        var result = properties ?? new ParagraphProperties();
        result.PrependChild(new ParagraphStyleId { Val = style });
        return result;
    }
}
