using System.Globalization;
using Reporting.Core.Aggregation;
using Reporting.Core.Catalog;
using Reporting.Core.Periods;
using Reporting.Core.Reports;
using Reporting.Core.Submissions;
using Reporting.Core.Summary;
using Reporting.Testing;

namespace Reporting.Pdf.Tests;

public sealed class OtherModelsTests
{
    [Theory]
    [InlineData("2026-03")]
    [InlineData("2026-Q1")]
    [InlineData("2025-9M")]
    [InlineData("2025")]
    public void Write_WorksForEveryPeriodKind_AndNamesThePeriod(string period)
    {
        var model = ReportModelFixture.Build(Language.English, period);
        var pdf = new SummaryPdf(model);

        var total = pdf.Pages.Count;
        Assert.True(total >= 3);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"Page {total}/{total}"), pdf.Pages[^1], StringComparison.Ordinal);
        Assert.Contains(ReportFormat.PeriodName(PeriodId.Parse(period), Language.English).ToUpperInvariant(), pdf.Pages[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Write_WithNoSubmissionsAtAll_StillWritesEveryPage_AndSaysFiguresAreMissing()
    {
        var catalog = RepoFiles.Catalog;
        var directory = RepoFiles.Directory;
        var period = PeriodId.Parse("2026-H1");
        var summary = new SummaryBuilder(catalog, directory).Build([], period);
        var trend = period.Trend(6).Select(p => new Aggregator(catalog, directory).Aggregate([], p, summary.StructureDate)).ToList();
        var missing = SubmissionSchedule.Missing(directory, period, []);
        var model = new ReportModel(catalog, directory, summary, trend, missing, [], new DateOnly(2026, 7, 10), null, Language.Vietnamese);

        var pdf = new SummaryPdf(model);

        Assert.Contains("Doanh thu dịch vụ viễn thông: chưa có số liệu 6 tháng đầu năm 2026.", pdf.Text, StringComparison.Ordinal);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"Trang {pdf.Pages.Count}/{pdf.Pages.Count}"), pdf.Pages[^1], StringComparison.Ordinal);
    }
}
