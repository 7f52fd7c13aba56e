namespace Reporting.Workflows.Reports;

/// <summary>One report of a period, whole in memory, with the name and media type it is sent under (<c>2026-H1.pdf</c>).</summary>
public sealed record ReportFile(string FileName, string ContentType, byte[] Content);
