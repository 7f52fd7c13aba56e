using DocumentFormat.OpenXml.Wordprocessing;
using Reporting.Core.Agencies;
using Reporting.Core.Catalog;
using Reporting.Core.Reports;

namespace Reporting.Word;

/// <summary>
/// The top of the first page (Decree 30/2020/NĐ-CP, Appendix I): on the left the parent agency (regular capitals), the
/// issuing agency (bold capitals) with a line under it of 40% of its length, and the number "Số: …/BC-…"; on the right
/// the national title (bold capitals, 12 pt), the motto (bold, 13 pt) with a line as long as itself, and the place and
/// date (italic). A borderless two-column table keeps the columns side by side, and their second lines level.
/// </summary>
internal static class IssuerBlock
{
    /// <summary>
    /// The block reaches 5 mm into each side margin, as typists set it, so that the agency's name and the national title
    /// each fit one line with air between them: 7.4 cm for the agency, 10.1 cm for the national title.
    /// </summary>
    public const int Overhang = 284;
    public const int LeftWidth = 4200;
    public const int RightWidth = PageLayout.PortraitWidth + (2 * Overhang) - LeftWidth;

    /// <summary>
    /// Half-points: agency names 12 pt (the decree allows 12-13; at 13 "SỞ KHOA HỌC VÀ CÔNG NGHỆ" takes two lines),
    /// national title 12 pt, motto 13 pt, number 13 pt, place and date 14 pt.
    /// </summary>
    private const int AgencySize = 24, NationalTitleSize = 24, MottoSize = 26, NumberSize = 26, DateSize = 28;

    /// <summary>The cell margins of the table style, on each side.</summary>
    private const int CellMargin = 85;

    public static Table Build(DocumentIssuer issuer, DateOnly issuedOn, Language lang)
    {
        var agency = issuer.Agency(lang);
        var motto = lang.T("Độc lập - Tự do - Hạnh phúc", "Independence - Freedom - Happiness");
        var leftText = LeftWidth - (2 * CellMargin);
        var rightText = RightWidth - (2 * CellMargin);

        var table = Blocks.Table([LeftWidth, RightWidth], WordStyles.TableGrid, borders: false, indent: -Overhang);
        table.Append(Blocks.Row(
            false,
            Blocks.Cell(LeftWidth, [
                Blocks.Centred(issuer.ParentAgency(lang), new TextFormat(Size: AgencySize)),
                Blocks.Centred(agency, new TextFormat(Bold: true, Size: AgencySize)),
                Blocks.Line(Math.Min(BoldTextWidth.Of(agency, AgencySize), leftText) * 2 / 5, leftText),
            ], top: true),
            Blocks.Cell(RightWidth, [
                Blocks.Centred(lang.T("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SOCIALIST REPUBLIC OF VIET NAM"), new TextFormat(Bold: true, Size: NationalTitleSize)),
                Blocks.Centred(motto, new TextFormat(Bold: true, Size: MottoSize)),
                Blocks.Line(Math.Min(BoldTextWidth.Of(motto, MottoSize), rightText), rightText),
            ], top: true)));
        table.Append(Blocks.Row(
            false,
            Blocks.Cell(LeftWidth, [Spaced(Blocks.Centred(Number(issuer, lang), new TextFormat(Size: NumberSize)))], top: true),
            Blocks.Cell(RightWidth, [Spaced(Blocks.Centred(PlaceAndDate(issuer, issuedOn, lang), new TextFormat(Italic: true, Size: DateSize)))], top: true)));
        return table;
    }

    /// <summary>"Số:      /BC-SKHCN": the number itself is given when the document is registered, so it is left blank.</summary>
    public static string Number(DocumentIssuer issuer, Language lang) => lang.T("Số:", "No.:") + "        /" + issuer.NumberSymbol;

    /// <summary>"Lam Sơn, ngày 05 tháng 12 năm 2026" / "Lam Son, 5 December 2026".</summary>
    public static string PlaceAndDate(DocumentIssuer issuer, DateOnly issuedOn, Language lang) =>
        issuer.Place(lang) + ", " + ReportFormat.DocumentDate(issuedOn, lang);

    private static Paragraph Spaced(Paragraph paragraph)
    {
        paragraph.ParagraphProperties!.GetFirstChild<SpacingBetweenLines>()!.Before = "120";
        return paragraph;
    }
}
