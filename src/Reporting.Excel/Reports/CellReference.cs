using ClosedXML.Excel;

namespace Reporting.Excel.Reports;

/// <summary>Absolute references with the sheet name, as chart series formulas need them: <c>'Tổng hợp'!$D$5:$D$9</c>.</summary>
internal static class CellReference
{
    public static string Range(string sheet, int firstRow, int firstColumn, int lastRow, int lastColumn)
    {
        var first = Cell(firstRow, firstColumn);
        var last = Cell(lastRow, lastColumn);
        return Quoted(sheet) + "!" + (first == last ? first : first + ":" + last);
    }

    public static string Single(string sheet, int row, int column) => Quoted(sheet) + "!" + Cell(row, column);

    private static string Cell(int row, int column) =>
        "$" + XLHelper.GetColumnLetterFromNumber(column) + "$" + row.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Quoted(string sheet) => "'" + sheet.Replace("'", "''", StringComparison.Ordinal) + "'";
}
