using SkiaSharp;

namespace Reporting.Pdf;

/// <summary>
/// The embedded DejaVu Sans typefaces, used for page text and chart labels alike. Loaded from the assembly, not the
/// system: the NoDependencies Skia build has no font manager, and a fresh server may lack fonts with Vietnamese diacritics.
/// </summary>
internal static class PdfFonts
{
    public const string Family = "DejaVu Sans";

    private static readonly Lazy<SKTypeface> RegularValue = new(() => Load("DejaVuSans.ttf"));
    private static readonly Lazy<SKTypeface> BoldValue = new(() => Load("DejaVuSans-Bold.ttf"));

    // ScottPlot resolves font names through a process-wide list; adding ours once is the only way in.
    private static readonly Lazy<bool> RegisteredWithCharts = new(() =>
    {
        ScottPlot.Fonts.FontResolvers.Insert(0, new ChartFontResolver());
        return true;
    });

    public static SKTypeface Regular => RegularValue.Value;

    public static SKTypeface Bold => BoldValue.Value;

    /// <summary>Makes <see cref="Family"/> resolve to the embedded typefaces in ScottPlot.</summary>
    public static void RegisterWithCharts() => _ = RegisteredWithCharts.Value;

    private static SKTypeface Load(string file)
    {
        using var stream = typeof(PdfFonts).Assembly.GetManifestResourceStream("Reporting.Pdf.Fonts." + file)
            ?? throw new InvalidOperationException($"Embedded font {file} is missing from {typeof(PdfFonts).Assembly.GetName().Name}");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        using var data = SKData.CreateCopy(buffer.ToArray());
        return SKTypeface.FromData(data) ?? throw new InvalidOperationException($"Embedded font {file} could not be read");
    }
}
