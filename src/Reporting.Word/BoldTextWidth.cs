using System.Globalization;
using System.Text;

namespace Reporting.Word;

/// <summary>
/// An estimate of how wide a line of Times New Roman Bold is, from the font's advance widths (the standard Times-Bold
/// metrics, in thousandths of an em) of each letter without its Vietnamese marks, which do not widen it. Used only to
/// size the lines the decree draws under a name or the motto, so an estimate within a few percent is enough.
/// </summary>
internal static class BoldTextWidth
{
    private const int Fallback = 556;

    private const string Letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz .,:;-/()'%+0123456789";

    private static readonly int[] Widths =
    [
        722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778, 611, 778, 722, 556, 667, 722, 722, 1000, 722, 722, 667,
        500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500, 556, 556, 444, 389, 333, 556, 500, 722, 500, 500, 444,
        250, 250, 250, 333, 333, 333, 278, 333, 333, 278, 1000, 570, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500,
    ];

    private static readonly Dictionary<char, int> Advance = Letters.Select((c, i) => (c, Widths[i])).Append(('Đ', 722)).Append(('đ', 556)).ToDictionary(p => p.Item1, p => p.Item2);

    /// <summary>The width in twips of <paramref name="text"/> on one line at <paramref name="halfPoints"/>.</summary>
    public static int Of(string text, int halfPoints)
    {
        var em = 0;
        foreach (var c in text)
        {
            em += Advance.TryGetValue(c, out var width) ? width : Advance.GetValueOrDefault(BaseLetter(c), Fallback);
        }

        // thousandths of an em x size in points (half-points / 2) x 20 twips per point
        return (int)Math.Round(em * halfPoints / 100m, MidpointRounding.AwayFromZero);
    }

    /// <summary>"Ộ" to "O", "ư" to "u": the letter under the marks (ơ and ư have their horn as a combining mark too).</summary>
    private static char BaseLetter(char c)
    {
        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        return decomposed.FirstOrDefault(d => CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark, c);
    }
}
