namespace Reporting.Data.Entities;

/// <summary>A period's report as it was issued: the files' bytes and the figures, kept unchanged after later corrections.</summary>
public sealed class IssuedReportEntity
{
    public long Id { get; set; }

    public required string Period { get; set; }

    public DateTimeOffset IssuedAt { get; set; }

    public required string IssuedBy { get; set; }

    /// <summary>The language the files were written in (vi or en).</summary>
    public required string Language { get; set; }

    public required byte[] Workbook { get; set; }

    public required byte[] Pdf { get; set; }

    public required byte[] Document { get; set; }

    /// <summary>The province's figures as issued, as JSON (indicator code to value and agencies counted).</summary>
    public required string Figures { get; set; }
}
