namespace Reporting.Pdf;

/// <summary>A column of a <see cref="PdfPageWriter"/> table: header text, width in points, and whether figures align right.</summary>
internal sealed record PdfTableColumn(string Header, float Width, bool AlignRight = false);
