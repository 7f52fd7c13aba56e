using DocumentFormat.OpenXml.Wordprocessing;
using Reporting.Core.Catalog;

namespace Reporting.Word.Tests;

/// <summary>The first page's header block and title, and the closing recipients and signature, as the decree lays them out.</summary>
public sealed class HeaderAndSignatureTests
{
    [Fact]
    public void HeaderBlock_PutsTheAgencyBesideTheNationalTitle_WithTheirLines_ThenNumberBesidePlaceAndDate()
    {
        using var document = WrittenDocument.Open(WrittenDocument.Bytes());

        var table = Assert.IsType<Table>(WrittenDocument.Body(document).FirstChild);
        var rows = table.Elements<TableRow>().ToList();
        Assert.Equal(2, rows.Count);
        var (agency, nation) = (rows[0].Elements<TableCell>().First(), rows[0].Elements<TableCell>().Last());
        Assert.Equal(2, rows[0].Elements<TableCell>().Count());

        Assert.Equal(["UBND TỈNH LAM SƠN", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", string.Empty], agency.Elements<Paragraph>().Select(WrittenDocument.Text));
        Assert.True(IsBold(agency.Elements<Paragraph>().ElementAt(1)));
        Assert.False(IsBold(agency.Elements<Paragraph>().ElementAt(0)));
        Assert.Equal(["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", string.Empty], nation.Elements<Paragraph>().Select(WrittenDocument.Text));
        Assert.True(IsBold(nation.Elements<Paragraph>().ElementAt(0)) && IsBold(nation.Elements<Paragraph>().ElementAt(1)));

        // The lines: under the agency a third to a half of its name, under the motto as long as the motto.
        var agencyLine = LineLength(agency);
        var mottoLine = LineLength(nation);
        Assert.InRange(agencyLine, 0.3 * TextWidth(agency, 1), 0.5 * TextWidth(agency, 1));
        Assert.InRange(mottoLine, 0.9 * TextWidth(nation, 1), 1.1 * TextWidth(nation, 1));

        Assert.Equal("Số:        /BC-SKHCN", WrittenDocument.Text(rows[1].Elements<TableCell>().First().Elements<Paragraph>().Single()));
        var date = rows[1].Elements<TableCell>().Last().Elements<Paragraph>().Single();
        Assert.Equal("Lam Sơn, ngày 10 tháng 7 năm 2026", WrittenDocument.Text(date));
        Assert.NotNull(date.Descendants<Italic>().SingleOrDefault());
    }

    [Fact]
    public void Title_IsBaoCao_WithItsSubjectInBold_AndALineUnderIt()
    {
        using var document = WrittenDocument.Open(WrittenDocument.Bytes());

        var paragraphs = WrittenDocument.Body(document).Elements<Paragraph>().Take(3).ToList();

        Assert.Equal("BÁO CÁO", WrittenDocument.Text(paragraphs[0]));
        Assert.Equal("Kết quả thực hiện chuyển đổi số 6 tháng đầu năm 2026,\nnhiệm vụ 6 tháng cuối năm 2026", WrittenDocument.Text(paragraphs[1]));
        Assert.True(IsBold(paragraphs[0]) && IsBold(paragraphs[1]));
        Assert.All(paragraphs.Take(2), p => Assert.Equal(JustificationValues.Center, p.ParagraphProperties!.Justification!.Val!.Value));
        Assert.NotNull(paragraphs[2].ParagraphProperties!.ParagraphBorders!.TopBorder);
    }

    [Fact]
    public void Signature_HasTheRecipientsBesideTheSignersTitleAndName_FromTheAgencyList()
    {
        using var document = WrittenDocument.Open(WrittenDocument.Bytes());

        var table = WrittenDocument.Body(document).Elements<Table>().Skip(1).First();
        var (recipients, signer) = (table.Descendants<TableCell>().First(), table.Descendants<TableCell>().Last());

        var lines = recipients.Elements<Paragraph>().Select(WrittenDocument.Text).ToList();
        Assert.Equal("Nơi nhận:", lines[0]);
        Assert.Equal("- UBND tỉnh (để báo cáo);", lines[1]);
        Assert.Equal("- Lưu: VT, CĐS.", lines[^1]);
        var heading = recipients.Elements<Paragraph>().First();
        Assert.True(IsBold(heading));
        Assert.NotNull(heading.Descendants<Italic>().SingleOrDefault());
        var names = signer.Elements<Paragraph>().Select(WrittenDocument.Text).Where(t => t.Length > 0).ToList();
        Assert.Equal(["GIÁM ĐỐC", "Trần Văn Bình"], names);
    }

    [Fact]
    public void English_HasTheSameHeaderBlock_InEnglish()
    {
        using var document = WrittenDocument.Open(WrittenDocument.Bytes(Language.English));

        var text = WrittenDocument.Body(document).Elements<Table>().First().InnerText;

        Assert.Contains("SOCIALIST REPUBLIC OF VIET NAM", text, StringComparison.Ordinal);
        Assert.Contains("Independence - Freedom - Happiness", text, StringComparison.Ordinal);
        Assert.Contains("DEPARTMENT OF SCIENCE AND TECHNOLOGY", text, StringComparison.Ordinal);
        Assert.Contains("Lam Son, 10 July 2026", text, StringComparison.Ordinal);
    }

    private static bool IsBold(Paragraph paragraph) => paragraph.Descendants<Run>().All(r => r.RunProperties?.Bold is not null);

    /// <summary>The drawn line's length in twips: its paragraph's width less its indents.</summary>
    private static double LineLength(TableCell cell)
    {
        var line = cell.Elements<Paragraph>().Single(p => p.ParagraphProperties?.ParagraphBorders is not null);
        var indent = line.ParagraphProperties!.Indentation!;
        return CellText(cell) - int.Parse(indent.Left!.Value!, System.Globalization.CultureInfo.InvariantCulture) - int.Parse(indent.Right!.Value!, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static int CellText(TableCell cell) => int.Parse(cell.TableCellProperties!.TableCellWidth!.Width!.Value!, System.Globalization.CultureInfo.InvariantCulture) - 170;

    /// <summary>
    /// Width in twips of a bold line of text, from Times New Roman Bold's advance widths measured here apart from the
    /// writer's table: capitals and lower case averaged over the Vietnamese alphabet.
    /// </summary>
    private static double TextWidth(TableCell cell, int paragraph)
    {
        var text = WrittenDocument.Text(cell.Elements<Paragraph>().ElementAt(paragraph));
        var size = int.Parse(cell.Elements<Paragraph>().ElementAt(paragraph).Descendants<FontSize>().First().Val!.Value!, System.Globalization.CultureInfo.InvariantCulture) / 2.0;
        var em = text.Sum(c => c switch
        {
            ' ' => 0.25,
            '-' => 0.333,
            _ when char.IsUpper(c) => 0.72,
            _ => 0.49,
        });
        return em * size * 20;
    }
}
