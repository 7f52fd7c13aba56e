using System.Globalization;
using System.Text;
using Reporting.Testing;

namespace Reporting.Pdf.Tests;

public sealed class LeaderSummaryPdfTests(SummaryPdfFixture pdfs) : IClassFixture<SummaryPdfFixture>
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");
    private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en-US");

    [Fact]
    public void Write_ProducesSeveralA4PortraitPages()
    {
        Assert.True(pdfs.Vietnamese.Pages.Count >= 3, $"only {pdfs.Vietnamese.Pages.Count} pages");
        Assert.All(pdfs.Vietnamese.Sizes, size =>
        {
            Assert.Equal(595, size.Width, 0.5);
            Assert.Equal(842, size.Height, 0.5);
        });
    }

    [Fact]
    public void Write_NumbersEveryPage_AsPageOfTotal()
    {
        foreach (var pdf in new[] { pdfs.Vietnamese, pdfs.English })
        {
            var total = pdf.Pages.Count;
            var label = pdf == pdfs.English ? "Page" : "Trang";
            for (var i = 0; i < total; i++)
            {
                Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"{label} {i + 1}/{total}"), pdf.Pages[i], StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Write_HeadsEveryPage_WithProvinceAndPeriod()
    {
        Assert.All(pdfs.Vietnamese.Pages, page =>
        {
            Assert.Contains("Tỉnh Lam Sơn", page, StringComparison.Ordinal);
            Assert.Contains("6 tháng đầu năm 2026", page, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Write_FirstPage_HasTitleProvinceAndDateOfIssue()
    {
        var first = pdfs.Vietnamese.Pages[0];
        Assert.Contains("BÁO CÁO TÓM TẮT KẾT QUẢ CHUYỂN ĐỔI SỐ", first, StringComparison.Ordinal);
        Assert.Contains("6 THÁNG ĐẦU NĂM 2026", first, StringComparison.Ordinal);
        Assert.Contains("TỈNH LAM SƠN", first, StringComparison.Ordinal);
        Assert.Contains("Ngày ban hành: " + pdfs.Vietnamese.Model.IssuedOn.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), first, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_TelecomRevenueSentence_EqualsTheSubmittedRevenueSummed()
    {
        var current = Submitted.Flow("TEL.REVENUE", "2026-H1");
        var previous = Submitted.Flow("TEL.REVENUE", "2025-H1");
        var change = Math.Round((current - previous) / previous * 100, 1, MidpointRounding.AwayFromZero);
        Assert.True(change > 0, "the fixture's telecom revenue grows");

        var sentence = $"Doanh thu dịch vụ viễn thông đạt {current.ToString("N0", Vi)} triệu đồng, tăng {change.ToString("N1", Vi)}% so với cùng kỳ năm 2025.";
        Assert.Contains(sentence, pdfs.Vietnamese.Pages[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Write_HeadlineTile_ShowsTheTelecomRevenueAndItsChange()
    {
        var current = Submitted.Flow("TEL.REVENUE", "2026-H1");
        var previous = Submitted.Flow("TEL.REVENUE", "2025-H1");
        var change = Math.Round((current - previous) / previous * 100, 1, MidpointRounding.AwayFromZero);

        // Tiles come before the sentences: the value and the "▲ +9,7%" mark appear there first.
        var first = pdfs.Vietnamese.Pages[0];
        var tiles = first[..first.IndexOf("•", StringComparison.Ordinal)];
        Assert.Contains(current.ToString("N0", Vi), tiles, StringComparison.Ordinal);
        Assert.Contains("▲ +" + change.ToString("N1", Vi) + "%", tiles, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_OnlineRecordsRateSentence_GivesTheChangeInPercentagePoints()
    {
        var current = Submitted.Percent(Submitted.Flow("REC.ONLINE", "2026-H1"), Submitted.Flow("REC.ONLINE", "2026-H1") + Submitted.Flow("REC.DIRECT", "2026-H1"));
        var previous = Submitted.Percent(Submitted.Flow("REC.ONLINE", "2025-H1"), Submitted.Flow("REC.ONLINE", "2025-H1") + Submitted.Flow("REC.DIRECT", "2025-H1"));
        var points = current - previous;
        var direction = points >= 0 ? "tăng" : "giảm";

        var expected = $"Tỷ lệ hồ sơ tiếp nhận trực tuyến đạt {current.ToString("N2", Vi)}%";
        var change = $"{direction} {Math.Abs(points).ToString("N2", Vi)} điểm % so với cùng kỳ năm 2025";
        var text = pdfs.Vietnamese.Pages[0];
        Assert.Contains(expected, text, StringComparison.Ordinal);
        Assert.Contains(change, text[text.IndexOf(expected, StringComparison.Ordinal)..], StringComparison.Ordinal);
    }

    [Fact]
    public void Write_InEnglish_UsesEnglishWordsAndNumberFormat()
    {
        var current = Submitted.Flow("TEL.REVENUE", "2026-H1");
        var previous = Submitted.Flow("TEL.REVENUE", "2025-H1");
        var change = Math.Round((current - previous) / previous * 100, 1, MidpointRounding.AwayFromZero);
        var rate = Submitted.Percent(Submitted.Flow("REC.ONLINE", "2026-H1"), Submitted.Flow("REC.ONLINE", "2026-H1") + Submitted.Flow("REC.DIRECT", "2026-H1"));

        var text = pdfs.English.Text;
        Assert.Contains("SUMMARY OF DIGITAL TRANSFORMATION RESULTS", text, StringComparison.Ordinal);
        Assert.Contains("Page 1/", text, StringComparison.Ordinal);
        Assert.Contains($"Telecom revenue reached {current.ToString("N0", En)} million VND, up {change.ToString("N1", En)}% over the same period of 2025.", text, StringComparison.Ordinal);
        Assert.Contains($"Rate of records received online reached {rate.ToString("N2", En)}%", text, StringComparison.Ordinal);
        Assert.Contains(" pp", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Trang ", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_IndicatorWithoutLastYearFigures_ShowsDashForSamePeriodAndChange()
    {
        // EGOV.CAMERAS is only tracked from 2026 in the fixture: its row reads the value, then "-" for same period and change.
        var value = Submitted.Stock(ReportModelFixture.NewIndicator, "2026-H1");
        var name = pdfs.Vietnamese.Model.Catalog[ReportModelFixture.NewIndicator].NameVi;
        var row = pdfs.Vietnamese.Lines.Single(l => l.StartsWith(name[..18], StringComparison.Ordinal) && l.Contains(value.ToString("N0", Vi), StringComparison.Ordinal));
        Assert.Contains(value.ToString("N0", Vi) + " - -", row, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_IndicatorTable_HasEveryIndicator_AndRepeatsItsHeaderOnEachPage()
    {
        var firstColumn = SummaryPdf.Squeeze(pdfs.Vietnamese.FirstColumn);
        Assert.All(pdfs.Vietnamese.Model.Catalog.Indicators, i => Assert.Contains(SummaryPdf.Squeeze(i.NameVi), firstColumn, StringComparison.Ordinal));

        // 47 indicators do not fit on one page: the header row starts the table again on the next.
        var headers = pdfs.Vietnamese.Pages.Count(p => p.Contains("Chỉ tiêu Đơn vị tính 6 tháng đầu", StringComparison.Ordinal));
        Assert.True(headers >= 2, $"the table header appears on {headers} page(s)");
    }

    [Fact]
    public void Write_ListsTheAgenciesThatHaveNotSubmitted_WithTheirContacts()
    {
        var directory = pdfs.Vietnamese.Model.Directory;
        var flat = pdfs.Vietnamese.Flat;
        var missingSection = flat[flat.LastIndexOf(SummaryPdf.Squeeze("Đơn vị chưa gửi đủ báo cáo"), StringComparison.Ordinal)..];
        foreach (var code in ReportModelFixture.DroppedAgencies())
        {
            var agency = directory[code];
            Assert.Contains(SummaryPdf.Squeeze(agency.Name), missingSection, StringComparison.Ordinal);
            var email = agency.Contact!.Split(' ').Last(w => w.Contains('@', StringComparison.Ordinal));
            Assert.Contains(email, missingSection, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Write_NotesThatMergedAgenciesCarryTheirPredecessorsFigures()
    {
        // Sở Khoa học và Công nghệ took over Sở Thông tin và Truyền thông on 2025-03-01, inside the compare period.
        var directory = pdfs.Vietnamese.Model.Directory;
        var successor = directory.Agencies.First(a => a.Replaces.Contains("STTTT"));
        var flat = pdfs.Vietnamese.Flat;
        var note = flat[flat.IndexOf(SummaryPdf.Squeeze("được chuyển cho đơn vị kế thừa"), StringComparison.Ordinal)..];
        Assert.Contains(SummaryPdf.Squeeze(successor.Name + " (từ " + directory["STTTT"].Name), note, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_NotesHowFiguresWereAggregated_AndWhichSubmissionsWereUsed()
    {
        var model = pdfs.Vietnamese.Model;
        var newest = model.Submissions.Max(s => s.ReceivedAt).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        var text = pdfs.Vietnamese.Text;
        Assert.Contains("được cộng các tháng", text, StringComparison.Ordinal);
        Assert.Contains("lấy số liệu mới nhất trong kỳ", text, StringComparison.Ordinal);
        Assert.Contains($"Số liệu lấy từ {model.Submissions.Count.ToString("N0", Vi)} báo cáo", text, StringComparison.Ordinal);
        Assert.Contains($"báo cáo mới nhất nhận ngày {newest}", text, StringComparison.Ordinal);
        Assert.Contains($"trong đó {model.Submissions.Count(s => s.Version > 1)} báo cáo đã được đơn vị gửi lại để điều chỉnh", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_EmbedsTheDejaVuFonts()
    {
        Assert.NotEmpty(pdfs.Vietnamese.FontNames);
        Assert.All(pdfs.Vietnamese.FontNames, name => Assert.Contains("DejaVuSans", name, StringComparison.Ordinal));
        Assert.Contains("/FontFile2", Encoding.Latin1.GetString(pdfs.Vietnamese.Bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_StaysUnderTwoMegabytes()
    {
        Assert.True(pdfs.Vietnamese.Bytes.Length < 2 * 1024 * 1024, $"{pdfs.Vietnamese.Bytes.Length} bytes");
    }

    [Fact]
    public void Write_SetsTitleAndCreationDateFromTheDateOfIssue()
    {
        Assert.Contains("6 tháng đầu năm 2026", pdfs.Vietnamese.Title, StringComparison.Ordinal);
        Assert.StartsWith("D:" + pdfs.Vietnamese.Model.IssuedOn.ToString("yyyyMMdd", CultureInfo.InvariantCulture), pdfs.Vietnamese.CreationDate, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_DrawsChartLabelsAsText_WithDiacritics()
    {
        // Chart titles and axis labels come from ScottPlot drawing into the page: still real, searchable text.
        var flat = pdfs.Vietnamese.Flat;
        Assert.Contains(SummaryPdf.Squeeze("Mỗi chỉ tiêu theo thang riêng"), flat, StringComparison.Ordinal);
        Assert.Contains("2023-H2", flat, StringComparison.Ordinal);
    }
}
