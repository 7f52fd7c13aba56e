using System.Globalization;
using ClosedXML.Excel;

namespace Reporting.Excel.Reports;

/// <summary>
/// Writes the cells of one report sheet (numbers as numbers, text as text, user text neutralised) and remembers how
/// wide each column's contents are: AdjustToContents needs GDI+, which servers lack, so widths are estimated here.
/// </summary>
internal sealed class SheetWriter(IXLWorksheet sheet, ReportLabels labels)
{
    public const string Dash = "-";

    /// <summary>Characters across an A4 landscape page at 60%, the smallest print still comfortable to read.</summary>
    private const double MinScaleCharsPerPage = 140 / 0.6;

    private static readonly XLColor HeaderFill = XLColor.FromArgb(0xDD, 0xEB, 0xF7);
    private static readonly XLColor GroupFill = XLColor.FromArgb(0xF2, 0xF2, 0xF2);

    private readonly Dictionary<int, double> widths = [];
    private readonly Dictionary<string, int> decimalsOf = new(StringComparer.Ordinal);

    public IXLWorksheet Sheet => sheet;

    public string Name => sheet.Name;

    /// <summary>A fixed text of ours (labels, period names): written as text, counted for the column width.</summary>
    public IXLCell Text(int row, int column, string text, bool countWidth = true)
    {
        var cell = sheet.Cell(row, column);
        cell.SetValue(text);
        cell.DataType = XLDataType.Text;
        if (countWidth)
        {
            Measure(column, text.Length);
        }

        return cell;
    }

    /// <summary>Text that came from a user: neutralised so a spreadsheet never evaluates it.</summary>
    public IXLCell User(int row, int column, string? text, bool countWidth = true) => Text(row, column, UserText.Neutralise(text), countWidth);

    /// <summary>A real number with its format; <paramref name="missing"/> (usually "-") when there is none.</summary>
    public IXLCell Number(int row, int column, decimal? value, string format, string? missing = Dash)
    {
        var cell = sheet.Cell(row, column);
        if (value is { } v)
        {
            cell.SetValue(v);
            cell.Style.NumberFormat.Format = format;
            Measure(column, FormattedLength(v, format));
        }
        else if (missing is not null)
        {
            Text(row, column, missing);
            cell.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Right;
        }

        return cell;
    }

    /// <summary>A header row: bold, filled, wrapped, centred; headers count for the width only up to a point, then wrap.</summary>
    public void Header(int row, int column, string text, int wrapAt = 16)
    {
        Text(row, column, text, countWidth: false);
        Measure(column, Math.Min(text.Length, wrapAt));
        StyleHeader(sheet.Range(row, column, row, column));
    }

    public static void StyleHeader(IXLRange range)
    {
        range.Style.Font.Bold = true;
        range.Style.Fill.BackgroundColor = HeaderFill;
        range.Style.Alignment.WrapText = true;
        range.Style.Alignment.Vertical = XLAlignmentVerticalValues.Center;
        range.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
        range.Style.Border.OutsideBorder = XLBorderStyleValues.Thin;
        range.Style.Border.InsideBorder = XLBorderStyleValues.Thin;
    }

    /// <summary>An indicator-group heading row across the table.</summary>
    public void GroupHeading(int row, int lastColumn, string code, string name)
    {
        Text(row, 1, code);
        Text(row, 2, name, countWidth: false);
        var range = sheet.Range(row, 1, row, lastColumn);
        range.Style.Font.Bold = true;
        range.Style.Fill.BackgroundColor = GroupFill;
    }

    /// <summary>Title lines above a table: the first one large and bold.</summary>
    public int TitleLines(params string[] lines)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            var cell = Text(i + 1, 1, lines[i], countWidth: false);
            if (i == 0)
            {
                cell.Style.Font.Bold = true;
                cell.Style.Font.FontSize = 14;
            }
        }

        return lines.Length;
    }

    /// <summary>Remembers a cell content of <paramref name="length"/> characters in <paramref name="column"/>.</summary>
    public void Measure(int column, double length) =>
        widths[column] = Math.Max(widths.GetValueOrDefault(column), length);

    /// <summary>Caps a column's width: long names are cut off on screen (the full text stays in the cell).</summary>
    public void Limit(int column, double chars) => widths[column] = Math.Min(widths.GetValueOrDefault(column, chars), chars);

    /// <summary>Remembers the width of a streamed cell in column <paramref name="column"/>.</summary>
    public void Measure(int column, BulkCell cell)
    {
        if (cell.Number is { } number)
        {
            Measure(column, FormattedLength(number, cell.Format));
        }
        else if (cell.Text is { } text)
        {
            Measure(column, text.Length);
        }
    }

    /// <summary>
    /// Finishes the sheet as a table: borders, widths, frozen header (and first columns), a filter on the last header
    /// row, and a print setup that fits the width of an A4 landscape page with the header rows repeated.
    /// </summary>
    public void FinishTable(string title, int firstHeaderRow, int headerRow, int lastRow, int lastColumn, int frozenColumns = 0, double maxWidth = 60, bool filter = true)
    {
        lastRow = Math.Max(lastRow, headerRow);
        var body = sheet.Range(firstHeaderRow, 1, lastRow, lastColumn);
        body.Style.Border.OutsideBorder = XLBorderStyleValues.Thin;
        body.Style.Border.InsideBorder = XLBorderStyleValues.Thin;
        body.Style.Border.InsideBorderColor = XLColor.FromArgb(0xBF, 0xBF, 0xBF);
        sheet.Range(firstHeaderRow + 1, 1, lastRow, lastColumn).Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;

        var wrapped = Widths(lastColumn, maxWidth);
        foreach (var column in wrapped)
        {
            sheet.Range(headerRow + 1, column, lastRow, column).Style.Alignment.WrapText = true;
        }

        // Rows with wrapped text get their height here: Excel does not re-measure rows when it opens a file.
        HeaderHeights(firstHeaderRow, headerRow, lastColumn);
        for (var row = headerRow + 1; row <= lastRow; row++)
        {
            var lines = wrapped.Select(c => LinesFor(sheet.Cell(row, c).GetString(), sheet.Column(c).Width)).DefaultIfEmpty(1).Max();
            if (lines > 1)
            {
                Lines(row, lines);
            }
        }

        if (filter)
        {
            sheet.SheetView.Freeze(headerRow, frozenColumns);
            sheet.Range(headerRow, 1, lastRow, lastColumn).SetAutoFilter();
        }

        Print(title, firstHeaderRow, filter ? headerRow : firstHeaderRow - 1, lastColumn, frozenColumns);
    }

    /// <summary>
    /// Finishes a sheet whose data rows are streamed in later (<see cref="BulkSheet"/>): widths from the measured rows,
    /// frozen header, a filter over the rows to come and the print setup; cells are left alone, so ClosedXML writes none.
    /// </summary>
    public void FinishBulk(string title, int firstHeaderRow, int headerRow, int lastRow, int lastColumn, int frozenColumns, double maxWidth)
    {
        var body = sheet.Range(firstHeaderRow, 1, headerRow, lastColumn);
        body.Style.Border.OutsideBorder = XLBorderStyleValues.Thin;
        body.Style.Border.InsideBorder = XLBorderStyleValues.Thin;
        Widths(lastColumn, maxWidth);
        HeaderHeights(firstHeaderRow, headerRow, lastColumn);
        sheet.SheetView.Freeze(headerRow, frozenColumns);
        sheet.Range(headerRow, 1, Math.Max(lastRow, headerRow + 1), lastColumn).SetAutoFilter();
        Print(title, firstHeaderRow, headerRow, lastColumn, frozenColumns);
    }

    /// <summary>Sets each column's width from what it holds; returns the columns capped at <paramref name="maxWidth"/>, whose text wraps.</summary>
    private List<int> Widths(int lastColumn, double maxWidth)
    {
        var wrapped = new List<int>();
        for (var column = 1; column <= lastColumn; column++)
        {
            var chars = widths.GetValueOrDefault(column, 8);
            sheet.Column(column).Width = Math.Clamp(chars + 2, 6, maxWidth);
            if (chars + 2 > maxWidth)
            {
                wrapped.Add(column);
            }
        }

        return wrapped;
    }

    private void HeaderHeights(int firstHeaderRow, int headerRow, int lastColumn)
    {
        for (var row = firstHeaderRow; row <= headerRow; row++)
        {
            var lines = Enumerable.Range(1, lastColumn).Max(c => LinesFor(sheet.Cell(row, c).GetString(), sheet.Column(c).Width));
            if (lines > 1)
            {
                Lines(row, lines);
            }
        }
    }

    /// <summary>
    /// Landscape A4 fitted to the page width, header rows repeated, the report title in the page header and page
    /// numbers below. A table too wide to be read at 60% (agencies by 47 indicators) is spread over as many pages
    /// across as it needs instead, with its first columns (code, name) repeated on each.
    /// </summary>
    public void Print(string title, int firstRepeatedRow, int lastRepeatedRow, int lastColumn, int repeatedColumns)
    {
        var page = sheet.PageSetup;
        page.PageOrientation = XLPageOrientation.Landscape;
        page.PaperSize = XLPaperSize.A4Paper;
        var total = Enumerable.Range(1, lastColumn).Sum(c => sheet.Column(c).Width);
        var repeated = Enumerable.Range(1, repeatedColumns).Sum(c => sheet.Column(c).Width);
        var pagesWide = total <= MinScaleCharsPerPage ? 1 : (int)Math.Ceiling((total - repeated) / (MinScaleCharsPerPage - repeated));
        page.FitToPages(Math.Max(1, pagesWide), 0);
        if (pagesWide > 1 && repeatedColumns > 0)
        {
            page.SetColumnsToRepeatAtLeft(1, repeatedColumns);
        }

        page.Margins.Left = 0.4;
        page.Margins.Right = 0.4;
        page.Margins.Top = 0.6;
        page.Margins.Bottom = 0.6;
        page.Margins.Header = 0.25;
        page.Margins.Footer = 0.25;
        if (lastRepeatedRow >= firstRepeatedRow)
        {
            page.SetRowsToRepeatAtTop(firstRepeatedRow, lastRepeatedRow);
        }

        // "&" starts a header code in Excel, so a literal one is doubled.
        page.Header.Center.AddText(title.Replace("&", "&&", StringComparison.Ordinal));
        page.Footer.Right.AddText(labels.PageFooter);
        page.Footer.Right.AddText(XLHFPredefinedText.PageNumber);
        page.Footer.Right.AddText("/");
        page.Footer.Right.AddText(XLHFPredefinedText.NumberOfPages);
    }

    /// <summary>Sets a row's height for wrapped text of <paramref name="lines"/> lines (rows with explicit heights are not auto-fitted).</summary>
    public void Lines(int row, int lines) => sheet.Row(row).Height = Math.Max(1, lines) * 15;

    /// <summary>
    /// How many lines <paramref name="text"/> wraps into in a column <paramref name="width"/> characters wide, wrapping
    /// at spaces; proportional fonts fit about 1.15 average letters per width unit (measured in digits).
    /// </summary>
    public static int LinesFor(string text, double width)
    {
        var capacity = Math.Max(1, (width - 1) * 1.15);
        var lines = 0;
        foreach (var paragraph in text.Split('\n'))
        {
            lines++;
            var used = 0.0;
            foreach (var word in paragraph.Split(' '))
            {
                if (used > 0 && used + 1 + word.Length > capacity)
                {
                    lines++;
                    used = 0;
                }

                used += (used > 0 ? 1 : 0) + word.Length;
                while (used > capacity)
                {
                    lines++;
                    used -= capacity;
                }
            }
        }

        return lines;
    }

    /// <summary>
    /// Roughly the length of the text a number format shows, to size the column (separators and decimals included).
    /// Formatted on the stack: a data sheet measures hundreds of thousands of numbers.
    /// </summary>
    private int FormattedLength(decimal value, string format)
    {
        // Conditional sections (a yes/no answer: [=1]"Có";[=0]"Không";#,##0): the longest word or the number in the last section.
        if (format.StartsWith("[=", StringComparison.Ordinal))
        {
            var sections = format.Split(';');
            var words = sections[..^1].Max(w => w.Length - w.IndexOf(']', StringComparison.Ordinal) - 3);
            return Math.Max(words, FormattedLength(value, sections[^1]));
        }

        if (!decimalsOf.TryGetValue(format, out var decimals))
        {
            decimals = decimalsOf[format] = format.Contains('.', StringComparison.Ordinal) ? format.Split(';')[0].Split('.')[1].Count(c => c == '0') : 0;
        }

        Span<char> spec = stackalloc char[8];
        spec[0] = 'N';
        decimals.TryFormat(spec[1..], out var digits, default, CultureInfo.InvariantCulture);
        Span<char> text = stackalloc char[64];
        var length = value.TryFormat(text, out var written, spec[..(1 + digits)], CultureInfo.InvariantCulture)
            ? written
            : value.ToString(spec[..(1 + digits)].ToString(), CultureInfo.InvariantCulture).Length;
        return format.StartsWith('+') && value > 0 ? length + 1 : length;
    }
}
