namespace Reporting.Excel.Reports;

/// <summary>A two-cell anchor: zero-based columns and rows, column offsets in EMU.</summary>
internal sealed record ChartAnchor(int FromColumn, long FromColumnOffset, int FromRow, int ToColumn, long ToColumnOffset, int ToRow);
