namespace Reporting.Core.Submissions;

/// <summary>One indicator row read from a submitted file, before validation.</summary>
/// <param name="Value">Null when the cell was left empty: "not reported", never zero.</param>
/// <param name="Cell">Where the value was read, e.g. <c>D7</c> (or <c>row 7</c> in a CSV file).</param>
/// <param name="IsEstimate">Marked as an estimate ("ước thực hiện") on its own row, whatever the file as a whole says.</param>
public sealed record ParsedValue(string IndicatorCode, decimal? Value, string Cell, string? Note = null, bool IsEstimate = false);
