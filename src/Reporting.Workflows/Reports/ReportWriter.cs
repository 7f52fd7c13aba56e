using Reporting.Core.Reports;
using Reporting.Excel.Reports;
using Reporting.Pdf;
using Reporting.Word;

namespace Reporting.Workflows.Reports;

/// <summary>Writes a period's workbook, PDF summary, report document and charts into a folder.</summary>
public static class ReportWriter
{
    public static ReportFiles Write(ReportModel model, string directory)
    {
        Directory.CreateDirectory(directory);
        var name = model.Summary.Period.ToString();
        var workbook = Path.Combine(directory, name + ".xlsx");
        using (var stream = File.Create(workbook))
        {
            new ReportWorkbookWriter().Write(model, stream);
        }

        var pdf = Path.Combine(directory, name + ".pdf");
        using (var stream = File.Create(pdf))
        {
            new LeaderSummaryPdf().Write(model, stream);
        }

        var document = Path.Combine(directory, name + ".docx");
        using (var stream = File.Create(document))
        {
            WriteDocument(model, stream);
        }

        var charts = Path.Combine(directory, "charts");
        new ReportCharts().WriteAll(model, charts);
        return new ReportFiles(workbook, pdf, document, Directory.GetFiles(charts).Order(StringComparer.Ordinal).ToList());
    }

    /// <summary>The report document (.docx) with the comparison charts drawn here, as the Word writer draws nothing.</summary>
    public static void WriteDocument(ReportModel model, Stream output)
    {
        var charts = new List<DocumentChart>();
        foreach (var chart in new ReportCharts().BuildComparisons(model))
        {
            using (chart)
            {
                charts.Add(new DocumentChart(chart.Title, ReportCharts.Png(chart), chart.Width, chart.Height));
            }
        }

        new ReportDocumentWriter().Write(model, charts, output);
    }
}
