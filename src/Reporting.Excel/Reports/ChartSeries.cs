namespace Reporting.Excel.Reports;

/// <summary>A series: its name cell and value cells (formulas such as <c>'Trend'!$D$5:$I$5</c>) with cached contents.</summary>
internal sealed record ChartSeries(string NameFormula, string Name, string ValuesFormula, IReadOnlyList<decimal?> Values, string FormatCode, string? Color = null);
