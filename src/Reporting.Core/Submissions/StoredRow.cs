namespace Reporting.Core.Submissions;

/// <summary>One row of a stored version as the agency sent it: empty values and notes included.</summary>
public sealed record StoredRow(string IndicatorCode, decimal? Value, string? Cell, string? Note, bool IsEstimate = false);
