using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Reporting.Word;

/// <summary>
/// The page of an administrative document (Decree 30/2020/NĐ-CP, Appendix I): A4, margins top and bottom 20-25 mm,
/// left 30-35 mm, right 15-20 mm; here the smallest of each, which leaves the most room for tables. Sizes in twips
/// (1/20 point; 1 mm = 56.7 twips).
/// </summary>
internal static class PageLayout
{
    public const int A4Short = 11906;
    public const int A4Long = 16838;
    public const int Top = 1134;
    public const int Bottom = 1134;
    public const int Left = 1701;
    public const int Right = 851;

    /// <summary>From the page's top edge to the header with the page number.</summary>
    public const int HeaderDistance = 567;

    public const int FooterDistance = 567;

    public const int PortraitWidth = A4Short - Left - Right;

    public const int LandscapeWidth = A4Long - Left - Right;

    /// <summary>The body's section: portrait, a header with the page number on every page but the first.</summary>
    public static SectionProperties FirstPortrait(string header, string firstHeader) => new(
        new HeaderReference { Type = HeaderFooterValues.Default, Id = header },
        new HeaderReference { Type = HeaderFooterValues.First, Id = firstHeader },
        new PageSize { Width = A4Short, Height = A4Long },
        Margins(),
        new TitlePage());

    /// <summary>The appendix tables' section: landscape for their width, numbered from its first page on.</summary>
    public static SectionProperties Landscape(string header) => new(
        new HeaderReference { Type = HeaderFooterValues.Default, Id = header },
        new SectionType { Val = SectionMarkValues.NextPage },
        new PageSize { Width = A4Long, Height = A4Short, Orient = PageOrientationValues.Landscape },
        Margins());

    /// <summary>The charts' section: portrait again, where two charts at the text's width fit a page.</summary>
    public static SectionProperties Portrait(string header) => new(
        new HeaderReference { Type = HeaderFooterValues.Default, Id = header },
        new SectionType { Val = SectionMarkValues.NextPage },
        new PageSize { Width = A4Short, Height = A4Long },
        Margins());

    private static PageMargin Margins() => new()
    {
        Top = Top,
        Bottom = Bottom,
        Left = (UInt32Value)(uint)Left,
        Right = (UInt32Value)(uint)Right,
        Header = HeaderDistance,
        Footer = FooterDistance,
        Gutter = 0,
    };
}
