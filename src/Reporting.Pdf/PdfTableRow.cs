using SkiaSharp;

namespace Reporting.Pdf;

/// <summary>A table row; a heading row shows its first cell across the whole table (e.g. an indicator group).</summary>
/// <param name="Colors">Optional text colour per cell (null keeps the default).</param>
internal sealed record PdfTableRow(IReadOnlyList<string> Cells, bool IsHeading = false, IReadOnlyList<SKColor?>? Colors = null)
{
    public static PdfTableRow Heading(string text) => new([text], IsHeading: true);
}
