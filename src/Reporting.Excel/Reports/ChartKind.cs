namespace Reporting.Excel.Reports;

/// <summary>The native chart types the workbook carries.</summary>
internal enum ChartKind
{
    /// <summary>Vertical bars, one cluster per category, one bar per series.</summary>
    ClusteredColumn,

    /// <summary>One line per series over the categories (periods).</summary>
    Line,
}
