namespace Reporting.Excel.Reports;

/// <summary>
/// A sheet whose data rows are too many for ClosedXML to write quickly (agencies by indicators, every submitted
/// value): ClosedXML writes its titles, headers and settings, and the rows are streamed in after it has saved.
/// </summary>
/// <param name="FirstRow">Row number of the first data row.</param>
/// <param name="RowCount">How many rows <paramref name="Rows"/> produces (the sheet's dimension and filter cover them).</param>
/// <param name="Rows">The data rows, produced lazily; cell <c>i</c> of a row goes to column <c>i + 1</c>.</param>
internal sealed record BulkSheet(string Name, int FirstRow, int RowCount, int LastColumn, Func<IEnumerable<BulkCell[]>> Rows);
