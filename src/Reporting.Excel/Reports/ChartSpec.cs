namespace Reporting.Excel.Reports;

/// <summary>
/// One native chart to add after the cells are saved: where it sits on the charts sheet and which cell ranges its
/// categories and series read, with the values cached so viewers that do not recalculate still draw it.
/// </summary>
/// <param name="Anchor">Top-left and bottom-right corners, as zero-based column/row and offsets in EMU.</param>
internal sealed record ChartSpec(
    ChartKind Kind,
    string Title,
    ChartAnchor Anchor,
    string CategoryFormula,
    IReadOnlyList<string> Categories,
    IReadOnlyList<ChartSeries> Series);
