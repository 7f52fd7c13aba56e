namespace Reporting.Excel.Reports;

/// <summary>Where the trend sheet put its periods and indicators, so charts can point at its cells.</summary>
internal sealed record TrendLayout(string Sheet, int HeaderRow, int FirstColumn, int LastColumn, IReadOnlyDictionary<string, int> Rows);
