namespace Reporting.Workflows.Reports;

/// <summary>The files one report run wrote.</summary>
public sealed record ReportFiles(string Workbook, string Pdf, IReadOnlyList<string> Charts);
