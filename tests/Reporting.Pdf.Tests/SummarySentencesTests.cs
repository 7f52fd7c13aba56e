using Reporting.Core.Aggregation;
using Reporting.Core.Catalog;
using Reporting.Core.Reports;
using Reporting.Core.Summary;
using Reporting.Testing;

namespace Reporting.Pdf.Tests;

public sealed class SummarySentencesTests
{
    private static readonly PeriodSummary Summary = ReportModelFixture.Build().Summary;

    [Fact]
    public void Sentence_ForAFall_SaysGiamWithTheMagnitude()
    {
        var row = Row("TEL.REVENUE", 90_000, 100_000, -10, ChangeUnit.Percent);
        Assert.Equal("Doanh thu dịch vụ viễn thông đạt 90.000 triệu đồng, giảm 10,0% so với cùng kỳ năm 2025.", ReportSentences.Sentence(row, Summary, Language.Vietnamese));
        Assert.Equal("Telecom revenue reached 90,000 million VND, down 10.0% over the same period of 2025.", ReportSentences.Sentence(row, Summary, Language.English));
    }

    [Fact]
    public void Sentence_ForARate_GivesPercentagePoints_AndTheTargetAttainment()
    {
        var row = Row("REC.ONLINE_RATE", 65.23m, 61.13m, 4.10m, ChangeUnit.PercentagePoints) with { Target = 70, Attainment = 93.19m };
        Assert.Equal(
            "Tỷ lệ hồ sơ tiếp nhận trực tuyến đạt 65,23%, tăng 4,10 điểm % so với cùng kỳ năm 2025, bằng 93,19% kế hoạch năm 2026 (70,00%).",
            ReportSentences.Sentence(row, Summary, Language.Vietnamese));
        Assert.Contains("up 4.10 percentage points over the same period of 2025, 93.19% of the 2026 target (70.00%).", ReportSentences.Sentence(row, Summary, Language.English), StringComparison.Ordinal);
    }

    [Fact]
    public void Sentence_WithoutCompareValue_SaysThereIsNoFigureForTheSamePeriod()
    {
        var row = Row("TEL.REVENUE", 512_300, null, null, ChangeUnit.Percent);
        Assert.Equal("Doanh thu dịch vụ viễn thông đạt 512.300 triệu đồng; chưa có số liệu cùng kỳ năm 2025 để so sánh.", ReportSentences.Sentence(row, Summary, Language.Vietnamese));
        Assert.Equal("Telecom revenue reached 512,300 million VND; there is no figure for the same period of 2025 to compare with.", ReportSentences.Sentence(row, Summary, Language.English));
    }

    [Fact]
    public void Sentence_WithoutValue_SaysNothingWasReported()
    {
        var row = Row("TEL.REVENUE", null, 100, null, ChangeUnit.Percent);
        Assert.Equal("Doanh thu dịch vụ viễn thông: chưa có số liệu 6 tháng đầu năm 2026.", ReportSentences.Sentence(row, Summary, Language.Vietnamese));
    }

    [Fact]
    public void Sentence_WhenAgenciesAreMissing_SaysHowManyReported()
    {
        var row = Row("TEL.REVENUE", 512_300, 432_600, 18.43m, ChangeUnit.Percent, reported: 3, expected: 4);
        Assert.Equal(
            "Doanh thu dịch vụ viễn thông đạt 512.300 triệu đồng (số liệu của 3/4 đơn vị), tăng 18,4% so với cùng kỳ năm 2025.",
            ReportSentences.Sentence(row, Summary, Language.Vietnamese));
    }

    [Fact]
    public void Sentence_OfAFigureBuiltOnEstimates_SaysUocDat()
    {
        var row = Row("TEL.REVENUE", 512_300, 432_600, 18.43m, ChangeUnit.Percent);
        row = row with { Current = row.Current with { Estimated = 2, EstimatedAmong = 4 } };
        Assert.Equal(
            "Doanh thu dịch vụ viễn thông ước đạt 512.300 triệu đồng, tăng 18,4% so với cùng kỳ năm 2025.",
            ReportSentences.Sentence(row, Summary, Language.Vietnamese));
        Assert.StartsWith("Telecom revenue reached an estimated 512,300 million VND", ReportSentences.Sentence(row, Summary, Language.English), StringComparison.Ordinal);
        Assert.Equal(("ước: 2/4 đơn vị", "est.: 2/4 agencies"), (ReportFormat.EstimateMark(row.Current, Language.Vietnamese), ReportFormat.EstimateMark(row.Current, Language.English)));
    }

    [Fact]
    public void Headlines_HaveOneSentencePerHeadlineIndicator_AndOneOnMissingAgencies()
    {
        var model = ReportModelFixture.Build();
        var sentences = SummarySentences.Headlines(model);
        Assert.Equal(model.Catalog.Indicators.Count(i => i.Headline) + 1, sentences.Count);
        Assert.Equal($"Còn {model.Missing.Count} đơn vị chưa gửi đủ báo cáo của kỳ (danh sách ở cuối báo cáo).", sentences[^1]);
    }

    private static SummaryRow Row(string code, decimal? value, decimal? compare, decimal? change, ChangeUnit unit, int reported = 4, int expected = 4)
    {
        var indicator = RepoFiles.Catalog[code];
        var figure = new Figure(code, value, reported, expected, reported == expected, []);
        return new SummaryRow(indicator, value, compare, change, unit, null, null, figure, Figure.Empty(code));
    }
}
