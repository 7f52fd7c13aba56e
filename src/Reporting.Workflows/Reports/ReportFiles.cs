namespace Reporting.Workflows.Reports;

/// <summary>The files one report run wrote.</summary>
/// <param name="Document">The editable report document (.docx).</param>
public sealed record ReportFiles(string Workbook, string Pdf, string Document, IReadOnlyList<string> Charts);
