using DocumentFormat.OpenXml.Wordprocessing;
using Reporting.Core.Agencies;
using Reporting.Core.Catalog;

namespace Reporting.Word;

/// <summary>
/// The end of the document (Decree 30/2020/NĐ-CP): on the left "Nơi nhận:" (bold italic, 12 pt) and the recipients, one
/// a line starting with "-" (11 pt); on the right the signer's title (bold capitals), room for the signature and seal,
/// and the signer's name (bold). A borderless two-column table, like the header block.
/// </summary>
internal static class SignatureBlock
{
    private const int LeftWidth = 4300;
    private const int RightWidth = PageLayout.PortraitWidth - LeftWidth;
    private const int SignatureSpace = 5;

    public static Table Build(DocumentIssuer issuer, Language lang)
    {
        var recipients = new List<Paragraph> { Left(lang.T("Nơi nhận:", "Recipients:"), new TextFormat(Bold: true, Italic: true, Size: 24)) };
        recipients.AddRange(issuer.Recipients(lang).Select(r => Left("- " + r, new TextFormat(Size: 22))));

        var signer = new List<Paragraph> { Blocks.Centred(issuer.SignerTitle(lang), new TextFormat(Bold: true, Size: WordStyles.BodySize)) };
        signer.AddRange(Enumerable.Range(0, SignatureSpace).Select(_ => Blocks.Centred(string.Empty, TextFormat.Plain)));
        signer.Add(Blocks.Centred(issuer.SignerName, new TextFormat(Bold: true, Size: WordStyles.BodySize)));

        var table = Blocks.Table([LeftWidth, RightWidth], WordStyles.TableGrid, borders: false);
        table.Append(Blocks.Row(false, Blocks.Cell(LeftWidth, recipients, top: true), Blocks.Cell(RightWidth, signer, top: true)));
        return table;
    }

    private static Paragraph Left(string text, TextFormat format) =>
        Blocks.Paragraph(text, WordStyles.Normal, format, new ParagraphProperties(
            new SpacingBetweenLines { Before = "0", After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto },
            new Indentation { FirstLine = "0" },
            new Justification { Val = JustificationValues.Left }));
}
