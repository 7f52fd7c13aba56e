using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Reporting.Excel.Tests.Reports;

/// <summary>
/// The second reader: a workbook read with DocumentFormat.OpenXml directly (shared strings, inline strings, raw
/// cell types), so the tests do not trust ClosedXML alone to tell what the file holds.
/// </summary>
internal sealed class OpenXmlWorkbook : IDisposable
{
    private readonly Dictionary<string, Dictionary<string, Cell>> cells = new(StringComparer.Ordinal);
    private readonly string[] sharedStrings;

    public OpenXmlWorkbook(byte[] bytes)
    {
        Document = SpreadsheetDocument.Open(new MemoryStream(bytes), isEditable: false);
        sharedStrings = Document.WorkbookPart!.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToArray() ?? [];
    }

    public SpreadsheetDocument Document { get; }

    public IReadOnlyList<string> SheetNames => Document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!).ToList();

    public WorksheetPart Part(string sheet)
    {
        var entry = Document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheet);
        return (WorksheetPart)Document.WorkbookPart.GetPartById(entry.Id!.Value!);
    }

    public Cell? Cell(string sheet, string reference) => Cells(sheet).GetValueOrDefault(reference);

    public Cell? Cell(string sheet, int row, int column) => Cell(sheet, ClosedXML.Excel.XLHelper.GetColumnLetterFromNumber(column) + row.ToString(CultureInfo.InvariantCulture));

    /// <summary>The text a cell shows as stored: shared, inline or plain; null for an empty cell.</summary>
    public string? Text(Cell? cell) => cell switch
    {
        null => null,
        { DataType.Value: var t } when t == CellValues.SharedString && cell.CellValue is null => null,
        { DataType.Value: var t } when t == CellValues.SharedString => sharedStrings[int.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture)],
        { DataType.Value: var t } when t == CellValues.InlineString => cell.InlineString!.InnerText,
        _ => cell.CellValue?.Text,
    };

    /// <summary>The number of a numeric cell; null when the cell is empty or holds text.</summary>
    public static decimal? Number(Cell? cell) =>
        cell?.CellValue is { } value && (cell.DataType is null || cell.DataType.Value == CellValues.Number)
            ? decimal.Parse(value.Text, NumberStyles.Float, CultureInfo.InvariantCulture)
            : null;

    public static bool IsNumeric(Cell? cell) => Number(cell) is not null;

    /// <summary>The row whose column A holds <paramref name="code"/>.</summary>
    public int RowOf(string sheet, string code) =>
        Cells(sheet).Values
            .Where(c => c.CellReference!.Value!.StartsWith('A') && char.IsDigit(c.CellReference.Value[1]) && Text(c) == code)
            .Select(c => int.Parse(c.CellReference!.Value![1..], CultureInfo.InvariantCulture))
            .Single();

    public IEnumerable<Cell> AllCells(string sheet) => Cells(sheet).Values;

    public void Dispose() => Document.Dispose();

    private Dictionary<string, Cell> Cells(string sheet)
    {
        if (!cells.TryGetValue(sheet, out var map))
        {
            map = Part(sheet).Worksheet.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!, StringComparer.Ordinal);
            cells[sheet] = map;
        }

        return map;
    }
}
