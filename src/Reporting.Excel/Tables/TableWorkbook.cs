using ClosedXML.Excel;

namespace Reporting.Excel.Tables;

/// <summary>
/// A plain table as an .xlsx workbook (ClosedXML): one sheet, a bold frozen header row, every cell written as text so
/// nothing a user typed is taken for a number, a date or a formula. Used for exports such as the audit log.
/// </summary>
public static class TableWorkbook
{
    public static byte[] Write(string sheetName, IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string?>> rows)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add(sheetName);
        for (var c = 0; c < header.Count; c++)
        {
            sheet.Cell(1, c + 1).SetValue(header[c]);
        }

        sheet.Row(1).Style.Font.Bold = true;
        sheet.SheetView.FreezeRows(1);
        for (var r = 0; r < rows.Count; r++)
        {
            for (var c = 0; c < rows[r].Count; c++)
            {
                if (rows[r][c] is { } value)
                {
                    // SetValue with a string stores a string cell: a value such as "=1+1" stays text, never a formula.
                    sheet.Cell(r + 2, c + 1).SetValue(value);
                }
            }
        }

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }
}
