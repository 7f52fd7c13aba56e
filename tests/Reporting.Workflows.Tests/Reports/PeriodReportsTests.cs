using System.Globalization;
using System.Text;
using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using Reporting.Core.Catalog;
using Reporting.Core.Periods;
using Reporting.Testing;
using Reporting.Workflows.Reports;
using UglyToad.PdfPig;

namespace Reporting.Workflows.Tests.Reports;

/// <summary>
/// The portal's report downloads and `reporting report` come from one operation: each file in memory, named for its
/// period, saying the figures the province's submissions give.
/// </summary>
public sealed class PeriodReportsTests(StoredProvince stored) : IClassFixture<StoredProvince>
{
    private static readonly PeriodId Period = PeriodId.Parse("2026-H1");

    /// <summary>Every agency's January-June revenue as the province generated it, with the stored correction of March (+1,000).</summary>
    private static decimal RevenueOf(ReportingWorkspace workspace) => new SyntheticProvince(workspace.Catalog, workspace.Agencies)
        .Submissions(Period.FirstMonth, Period.LastMonth)
        .Sum(s => s.Values.GetValueOrDefault("TEL.REVENUE") ?? 0) + 1000m;

    private static string SentenceOf(ReportingWorkspace workspace) => "Doanh thu dịch vụ viễn thông đạt " + RevenueOf(workspace).ToString("N0", CultureInfo.GetCultureInfo("vi-VN")) + " triệu đồng";

    [ProviderTheory]
    public async Task Build_Workbook_IsNamedForThePeriod_AndHoldsTheProvinceRevenue(StorageProvider provider)
    {
        var workspace = await stored.WorkspaceAsync(provider);
        var report = await new PeriodReports(workspace).BuildAsync(Period, null, Language.Vietnamese, ReportKind.Workbook);

        Assert.Equal(("2026-H1.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), (report.FileName, report.ContentType));
        using var workbook = new XLWorkbook(new MemoryStream(report.Content));
        var sheet = workbook.Worksheet("Tổng hợp");
        var row = sheet.Column(1).CellsUsed().Single(c => c.GetString() == "TEL.REVENUE").Address.RowNumber;
        Assert.Equal(RevenueOf(workspace), sheet.Cell(row, 4).GetValue<decimal>());
    }

    [ProviderTheory]
    public async Task Build_Pdf_IsNamedForThePeriod_AndSaysTheProvinceRevenue(StorageProvider provider)
    {
        var workspace = await stored.WorkspaceAsync(provider);
        var report = await new PeriodReports(workspace).BuildAsync(Period, null, Language.Vietnamese, ReportKind.Pdf);

        Assert.Equal(("2026-H1.pdf", "application/pdf"), (report.FileName, report.ContentType));
        using var pdf = PdfDocument.Open(report.Content);
        var text = string.Join(" ", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text)))).Normalize(NormalizationForm.FormC);
        Assert.Contains(SentenceOf(workspace), text, StringComparison.Ordinal);
    }

    [ProviderTheory]
    public async Task Build_Document_IsNamedForThePeriod_SaysTheProvinceRevenue_AndCarriesTheCharts(StorageProvider provider)
    {
        var workspace = await stored.WorkspaceAsync(provider);
        var report = await new PeriodReports(workspace).BuildAsync(Period, PeriodId.Parse("2025-H1"), Language.Vietnamese, ReportKind.Document);

        Assert.Equal(("2026-H1.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"), (report.FileName, report.ContentType));
        using var document = WordprocessingDocument.Open(new MemoryStream(report.Content), false);
        var paragraphs = document.MainDocumentPart!.Document.Body!.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText);
        Assert.Contains(paragraphs, p => p.StartsWith(SentenceOf(workspace), StringComparison.Ordinal));
        Assert.Equal(6, document.MainDocumentPart.ImageParts.Count());
    }

    [ProviderTheory]
    public async Task Write_PutsAllThreeAndTheChartsInTheFolder_AsTheCommandLineDoes(StorageProvider provider)
    {
        var workspace = await stored.WorkspaceAsync(provider);
        var folder = Path.Combine(Path.GetTempPath(), "reporting-workflows-tests", Guid.NewGuid().ToString("N"));
        try
        {
            var files = await new PeriodReports(workspace).WriteAsync(Period, null, Language.English, folder);

            Assert.Equal(new[] { "xlsx", "pdf", "docx" }.Select(e => Path.Combine(folder, "2026-H1." + e)), [files.Workbook, files.Pdf, files.Document]);
            Assert.NotEmpty(files.Charts);
            Assert.All(files.Charts, c => Assert.Equal(Path.Combine(folder, "charts"), Path.GetDirectoryName(c)));
            using var workbook = new XLWorkbook(files.Workbook);
            Assert.Contains(workbook.Worksheets, s => s.Name == "Summary");
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
