using Reporting.Core.Catalog;
using Reporting.Core.Reports;
using ScottPlot;
using SkiaSharp;

namespace Reporting.Pdf;

/// <summary>
/// The leaders' PDF summary of a period: headline tiles and sentences, charts against the same period, trends and
/// agency rankings, the full indicator table, the agencies that have not submitted, and how the figures were made.
/// </summary>
public sealed class LeaderSummaryPdf
{
    public void Write(ReportModel model, Stream output)
    {
        var lang = model.Language;
        var period = ReportFormat.PeriodName(model.Summary.Period, lang);
        var title = lang.T("BÁO CÁO TÓM TẮT KẾT QUẢ CHUYỂN ĐỔI SỐ", "SUMMARY OF DIGITAL TRANSFORMATION RESULTS");
        var charts = new ReportCharts().Build(model);
        try
        {
            using var writer = new PdfPageWriter(
                model.Province.Name(lang),
                lang.T("Báo cáo tóm tắt ", "Summary report, ") + period,
                (page, pages) => lang.T($"Trang {page}/{pages}", $"Page {page}/{pages}"));

            TitleBlock(writer, model, title, period);
            writer.Heading(lang.T("1. Kết quả chủ yếu", "1. Key results"));
            HeadlineTiles.Add(writer, model);
            writer.Space(2);
            foreach (var sentence in SummarySentences.Headlines(model))
            {
                writer.Paragraph(sentence, 9.5f, indent: 10, bullet: "•", after: 3);
            }

            writer.NewPage();
            var comparisons = charts.Where(c => c.Name.StartsWith("compare-", StringComparison.Ordinal)).ToList();
            var trends = charts.Where(c => c.Name.StartsWith("trend-", StringComparison.Ordinal)).ToList();
            var rankings = charts.Where(c => c.Name.StartsWith("ranking-", StringComparison.Ordinal)).ToList();
            writer.Heading(lang.T("2. So sánh với cùng kỳ theo nhóm chỉ tiêu", "2. Against the same period, by indicator group"), FirstHeight(comparisons));
            foreach (var chart in comparisons)
            {
                writer.Block(chart.Height, (canvas, rect) => Draw(chart.Plot, canvas, rect.Left, rect.Top, chart.Width, chart.Height));
                writer.Space(8);
            }

            writer.Heading(lang.T("3. Xu hướng qua các kỳ", "3. Trend over recent periods"), FirstHeight(trends));
            foreach (var pair in trends.Chunk(2))
            {
                writer.Block(pair[0].Height, (canvas, rect) =>
                {
                    for (var i = 0; i < pair.Length; i++)
                    {
                        Draw(pair[i].Plot, canvas, rect.Left + (i * (rect.Width - pair[i].Width)), rect.Top, pair[i].Width, pair[i].Height);
                    }
                });
                writer.Space(6);
            }

            writer.Heading(lang.T("4. Xếp hạng các đơn vị", "4. Agency rankings"), FirstHeight(rankings));
            foreach (var chart in rankings)
            {
                writer.Block(chart.Height, (canvas, rect) => Draw(chart.Plot, canvas, rect.Left, rect.Top, chart.Width, chart.Height));
                writer.Space(8);
            }

            writer.Heading(lang.T("5. Bảng tổng hợp các chỉ tiêu", "5. All indicators"));
            SummaryTables.Indicators(writer, model);
            writer.Heading(lang.T("6. Đơn vị chưa gửi đủ báo cáo", "6. Agencies that have not submitted"));
            SummaryTables.Missing(writer, model);
            writer.Heading(lang.T("7. Ghi chú về số liệu", "7. About the figures"));
            foreach (var note in SummaryNotes.For(model))
            {
                writer.Paragraph(note, 8.5f, color: PdfPageWriter.Ink, indent: 10, bullet: "•", after: 3);
            }

            var issued = model.IssuedOn.ToDateTime(TimeOnly.MinValue);
            writer.Write(output, new SKDocumentPdfMetadata
            {
                Title = lang.T("Báo cáo tóm tắt kết quả chuyển đổi số ", "Summary of digital transformation results, ") + period + " – " + model.Province.Name(lang),
                Author = model.Province.Name(lang),
                Creator = "Reporting",
                Creation = issued,
                Modified = issued,
            });
        }
        finally
        {
            foreach (var chart in charts)
            {
                chart.Dispose();
            }
        }
    }

    private static void TitleBlock(PdfPageWriter writer, ReportModel model, string title, string period)
    {
        var lang = model.Language;
        var culture = ReportFormat.Culture(lang);
        writer.Space(10);
        writer.Paragraph(model.Province.Name(lang).ToUpper(culture), 11, bold: true, color: PdfPageWriter.Muted, align: SKTextAlign.Center, after: 8);
        writer.Paragraph(title, 16, bold: true, color: PdfPageWriter.Accent, align: SKTextAlign.Center, after: 2);
        writer.Paragraph(period.ToUpper(culture), 13, bold: true, color: PdfPageWriter.Accent, align: SKTextAlign.Center, after: 8);
        var compared = lang.T("So sánh với ", "Compared with ") + ReportSentences.SamePeriod(model.Summary, lang);
        var issued = lang.T("Ngày ban hành: ", "Issued on ") + ReportFormat.Date(model.IssuedOn, lang);
        writer.Paragraph(issued + "  ·  " + compared, 9, color: PdfPageWriter.Muted, align: SKTextAlign.Center, after: 10);
    }

    private static float FirstHeight(List<ReportChart> charts) => charts.Count > 0 ? charts[0].Height : 0;

    /// <summary>Draws a plot as vectors (paths and real text) into the page at the given place.</summary>
    private static void Draw(Plot plot, SKCanvas canvas, float left, float top, int width, int height)
    {
        canvas.Save();
        canvas.ClipRect(new SKRect(left, top, left + width, top + height));
        canvas.Translate(left, top);
        plot.Render(canvas, width, height);
        canvas.Restore();
    }
}
