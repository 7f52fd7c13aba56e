using ScottPlot;
using SkiaSharp;

namespace Reporting.Pdf;

/// <summary>Gives ScottPlot the embedded DejaVu Sans for <see cref="PdfFonts.Family"/>, so chart labels keep their diacritics.</summary>
internal sealed class ChartFontResolver : IFontResolver
{
    public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing width) =>
        CreateTypeface(fontName, (int)weight >= 600, slant != FontSlant.Upright);

    public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) =>
        string.Equals(fontName, PdfFonts.Family, StringComparison.OrdinalIgnoreCase) ? (bold ? PdfFonts.Bold : PdfFonts.Regular) : null;
}
