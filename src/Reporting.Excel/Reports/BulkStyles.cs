using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Reporting.Excel.Reports;

/// <summary>
/// Cell styles for streamed rows, added to the saved workbook's style sheet: one per number format (and alignment),
/// with the thin grey borders the ClosedXML-written tables have.
/// </summary>
internal sealed class BulkStyles(Stylesheet stylesheet)
{
    private static readonly Dictionary<string, uint> BuiltIn = new(StringComparer.Ordinal)
    {
        ["General"] = 0,
        ["0"] = 1,
        ["0.00"] = 2,
        ["#,##0"] = 3,
        ["#,##0.00"] = 4,
        ["@"] = 49,
    };

    private readonly Dictionary<(string Format, bool Right), string> styles = [];
    private uint? border;

    /// <summary>The style index of a cell, as the text of its <c>s</c> attribute.</summary>
    public string For(BulkCell cell)
    {
        var key = (cell.Format, cell.AlignRight);
        if (!styles.TryGetValue(key, out var index))
        {
            index = styles[key] = Add(NumberFormat(cell.Format), cell.AlignRight).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return index;
    }

    private uint Add(uint numberFormat, bool right)
    {
        var formats = stylesheet.CellFormats ??= new CellFormats();
        var format = new CellFormat
        {
            NumberFormatId = numberFormat,
            FontId = 0,
            FillId = 0,
            BorderId = Border(),
            FormatId = 0,
            ApplyNumberFormat = true,
            ApplyBorder = true,
        };
        if (right)
        {
            format.ApplyAlignment = true;
            format.Append(new Alignment { Horizontal = HorizontalAlignmentValues.Right });
        }

        formats.Append(format);
        formats.Count = (uint)formats.ChildElements.Count;
        return formats.Count - 1;
    }

    private uint NumberFormat(string code)
    {
        if (BuiltIn.TryGetValue(code, out var id))
        {
            return id;
        }

        // numFmts is the style sheet's first element; custom ids start at 164.
        var formats = stylesheet.NumberingFormats;
        if (formats is null)
        {
            formats = new NumberingFormats();
            stylesheet.InsertAt(formats, 0);
        }

        var existing = formats.Elements<NumberingFormat>().FirstOrDefault(f => f.FormatCode?.Value == code);
        if (existing?.NumberFormatId?.Value is { } found)
        {
            return found;
        }

        var next = Math.Max(164u, formats.Elements<NumberingFormat>().Select(f => f.NumberFormatId?.Value ?? 0).DefaultIfEmpty(0u).Max() + 1);
        formats.Append(new NumberingFormat { NumberFormatId = next, FormatCode = code });
        formats.Count = (uint)formats.ChildElements.Count;
        return next;
    }

    private uint Border()
    {
        if (border is { } id)
        {
            return id;
        }

        var borders = stylesheet.Borders ??= new Borders();
        borders.Append(new DocumentFormat.OpenXml.Spreadsheet.Border(
            Side(new LeftBorder()), Side(new RightBorder()), Side(new TopBorder()), Side(new BottomBorder()), new DiagonalBorder()));
        borders.Count = (uint)borders.ChildElements.Count;
        border = borders.Count - 1;
        return border.Value;
    }

    private static T Side<T>(T side)
        where T : BorderPropertiesType
    {
        side.Style = BorderStyleValues.Thin;
        side.Append(new Color { Rgb = HexBinaryValue.FromString("FFBFBFBF") });
        return side;
    }
}
