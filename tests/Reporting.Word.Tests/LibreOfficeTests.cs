using System.Globalization;
using System.Text;
using Reporting.Core.Catalog;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Reporting.Word.Tests;

/// <summary>The document opens in a second word processor (LibreOffice, headless) and prints as the decree lays it out.</summary>
public sealed class LibreOfficeTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(3);

    [LibreOfficeFact]
    public async Task LibreOffice_PrintsTheReportPortrait_TheAppendixTablesLandscape_ThenTheCharts_NumberedFromPageTwo()
    {
        var pdf = await LibreOffice.ToPdfAsync(WrittenDocument.Bytes(), Limit);
        SavePdf(pdf, "2026-H1.pdf");
        using var document = PdfDocument.Open(pdf);
        var pages = document.GetPages().ToList();

        // Four to eight pages of prose (47 sentences, shortcomings, tasks, signature); the two appendix tables of about
        // 50 rows each on landscape pages; six charts two to a portrait page.
        var report = pages.TakeWhile(IsPortrait).ToList();
        var tables = pages.Skip(report.Count).TakeWhile(p => !IsPortrait(p)).ToList();
        var charts = pages.Skip(report.Count + tables.Count).ToList();
        Assert.InRange(report.Count, 4, 8);
        Assert.InRange(tables.Count, 3, 8);
        Assert.Equal(3, charts.Count);
        Assert.Equal(report.Count + tables.Count + charts.Count, pages.Count);
        Assert.All(report.Concat(charts), p => Assert.Equal((595, 842), ((int)Math.Round(p.Width), (int)Math.Round(p.Height))));
        Assert.All(tables, p => Assert.Equal((842, 595), ((int)Math.Round(p.Width), (int)Math.Round(p.Height))));
        Assert.StartsWith("PHỤ LỤC", Lines(tables[0])[1], StringComparison.Ordinal);
        Assert.All(charts, p => Assert.Equal(2, p.GetImages().Count()));

        // The first page carries no number; each other page starts with its own, centred.
        Assert.NotEqual("1", Lines(pages[0])[0]);
        foreach (var page in pages.Skip(1))
        {
            var top = page.GetWords().OrderByDescending(w => w.BoundingBox.Top).First();
            Assert.Equal(page.Number.ToString(CultureInfo.InvariantCulture), top.Text);
            Assert.InRange((top.BoundingBox.Left + top.BoundingBox.Right) / 2, (page.Width / 2) - 40, (page.Width / 2) + 40);
        }
    }

    [LibreOfficeFact]
    public async Task LibreOffice_FirstPage_HasTheHeaderBlockSideBySide_TheTitle_AndTheFirstResults()
    {
        var pdf = await LibreOffice.ToPdfAsync(WrittenDocument.Bytes(), Limit);
        using var document = PdfDocument.Open(pdf);
        var first = document.GetPage(1);
        var lines = Lines(first);

        Assert.Equal("UBND TỈNH LAM SƠN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", lines[0]);
        Assert.Equal("SỞ KHOA HỌC VÀ CÔNG NGHỆ Độc lập - Tự do - Hạnh phúc", lines[1]);
        Assert.Equal("Số: /BC-SKHCN Lam Sơn, ngày 10 tháng 7 năm 2026", lines[2]);
        Assert.Equal(["BÁO CÁO", "Kết quả thực hiện chuyển đổi số 6 tháng đầu năm 2026,", "nhiệm vụ 6 tháng cuối năm 2026"], lines.Skip(3).Take(3));
        Assert.Contains("I. KẾT QUẢ THỰC HIỆN 6 THÁNG ĐẦU NĂM 2026", lines);
        Assert.Contains("1. Bưu chính", lines);

        // The agency's column is left of the national title's, on the same lines.
        var words = first.GetWords().ToList();
        var (agency, nation) = (words.First(w => w.Text == "UBND"), words.First(w => w.Text == "CỘNG"));
        Assert.True(agency.BoundingBox.Right < nation.BoundingBox.Left);
        Assert.InRange(agency.BoundingBox.Bottom - nation.BoundingBox.Bottom, -3, 3);

        // Times New Roman, or Liberation Serif, its metric twin, where Microsoft's font is not installed.
        var fonts = first.Letters.Select(l => l.FontName).Distinct().ToList();
        Assert.All(fonts, f => Assert.Matches("Times|LiberationSerif", f));
    }

    [LibreOfficeFact]
    public async Task LibreOffice_EnglishFirstPage_ReadsInEnglish()
    {
        var pdf = await LibreOffice.ToPdfAsync(WrittenDocument.Bytes(Language.English), Limit);
        using var document = PdfDocument.Open(pdf);

        var lines = Lines(document.GetPage(1));

        // The English names are longer: the agency's column takes two lines for each, beside the same right column.
        Assert.Equal("LAM SON PROVINCIAL PEOPLE'S SOCIALIST REPUBLIC OF VIET NAM", lines[0]);
        Assert.Equal("COMMITTEE Independence - Freedom - Happiness", lines[1]);
        Assert.Equal(["DEPARTMENT OF SCIENCE AND", "TECHNOLOGY", "No.: /BC-SKHCN Lam Son, 10 July 2026", "REPORT"], lines.Skip(2).Take(4));
    }

    private static bool IsPortrait(Page page) => page.Height > page.Width;

    /// <summary>The page's words joined into lines, top to bottom.</summary>
    private static List<string> Lines(Page page) =>
        page.GetWords()
            .GroupBy(w => Math.Round(w.BoundingBox.Bottom / 2))
            .OrderByDescending(g => g.Key)
            .Select(g => string.Join(" ", g.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text)).Normalize(NormalizationForm.FormC))
            .ToList();

    /// <summary>Kept in out/word/ to look at, as the browser tests keep their screenshots.</summary>
    private static void SavePdf(byte[] pdf, string name)
    {
        var folder = Path.Combine(Testing.RepoFiles.Root, "out", "word");
        Directory.CreateDirectory(folder);
        File.WriteAllBytes(Path.Combine(folder, name), pdf);
    }
}
