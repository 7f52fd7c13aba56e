namespace Reporting.Workflows.Reports;

/// <summary>The three report files of a period.</summary>
public enum ReportKind
{
    /// <summary>The Excel workbook (.xlsx).</summary>
    Workbook,

    /// <summary>The leaders' PDF summary (.pdf).</summary>
    Pdf,

    /// <summary>The report document to edit and sign (.docx).</summary>
    Document,
}
