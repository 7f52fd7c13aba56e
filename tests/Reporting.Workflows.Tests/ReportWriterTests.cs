using System.Globalization;
using System.Text;
using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using Reporting.Core.Catalog;
using Reporting.Core.Periods;
using Reporting.Testing;
using Reporting.Workflows.Queries;
using Reporting.Workflows.Reports;
using UglyToad.PdfPig;

namespace Reporting.Workflows.Tests;

/// <summary>What `reporting report` writes: the workbook, the PDF and the Word document side by side, saying the same.</summary>
public sealed class ReportWriterTests(StoredProvince stored) : IClassFixture<StoredProvince>
{
    [ProviderTheory]
    public async Task Write_PutsTheDocxBesideTheWorkbookAndPdf_AndAllThreeGiveTheSameTelecomRevenue(StorageProvider provider)
    {
        var workspace = await stored.WorkspaceAsync(provider);
        var period = PeriodId.Parse("2026-H1");
        var folder = Path.Combine(Path.GetTempPath(), "reporting-workflows-tests", Guid.NewGuid().ToString("N"));
        try
        {
            var model = await new ReportModelQuery(workspace).BuildAsync(period, null, Language.Vietnamese);
            var files = ReportWriter.Write(model, folder);

            Assert.Equal(Path.Combine(folder, "2026-H1.docx"), files.Document);
            Assert.Equal([files.Workbook, files.Pdf, files.Document], new[] { "xlsx", "pdf", "docx" }.Select(e => Path.Combine(folder, "2026-H1." + e)));
            Assert.All([files.Workbook, files.Pdf, files.Document], f => Assert.True(new FileInfo(f).Length > 10_000, f));

            // Every agency's January-June revenue as the province generated it, with the stored correction of March (+1,000).
            var revenue = new SyntheticProvince(workspace.Catalog, workspace.Agencies)
                .Submissions(period.FirstMonth, period.LastMonth)
                .Sum(s => s.Values.GetValueOrDefault("TEL.REVENUE") ?? 0) + 1000m;
            var sentence = "Doanh thu dịch vụ viễn thông đạt " + revenue.ToString("N0", CultureInfo.GetCultureInfo("vi-VN")) + " triệu đồng";

            using (var workbook = new XLWorkbook(files.Workbook))
            {
                var row = workbook.Worksheet("Tổng hợp").Column(1).CellsUsed().Single(c => c.GetString() == "TEL.REVENUE").Address.RowNumber;
                Assert.Equal(revenue, workbook.Worksheet("Tổng hợp").Cell(row, 4).GetValue<decimal>());
            }

            using (var pdf = PdfDocument.Open(files.Pdf))
            {
                var text = string.Join(" ", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text)))).Normalize(NormalizationForm.FormC);
                Assert.Contains(sentence, text, StringComparison.Ordinal);
            }

            using (var document = WordprocessingDocument.Open(files.Document, false))
            {
                var paragraphs = document.MainDocumentPart!.Document.Body!.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText);
                Assert.Contains(paragraphs, p => p.StartsWith(sentence, StringComparison.Ordinal));
                Assert.Equal(6, document.MainDocumentPart.ImageParts.Count());
            }
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [ProviderTheory]
    public async Task Model_Timeliness_IsTheDashboardsCompleteness_AsOfToday(StorageProvider provider)
    {
        var workspace = await stored.WorkspaceAsync(provider);
        var period = PeriodId.Parse("2026-H1");

        var model = await new ReportModelQuery(workspace).BuildAsync(period, null, Language.Vietnamese);
        var dashboard = await new CompletenessQuery(workspace).ListAsync(period);

        Assert.NotNull(model.Timeliness);
        Assert.Equal(
            dashboard.Select(a => (a.Agency.Code, a.Status, a.DaysLate)),
            model.Timeliness.Select(a => (a.Agency.Code, a.Status, a.DaysLate)));
        Assert.Contains(model.Timeliness, a => a.Status == Core.Completeness.SubmissionStatus.Late);
    }
}
