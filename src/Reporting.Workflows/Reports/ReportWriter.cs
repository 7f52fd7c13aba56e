using Reporting.Core.Reports;
using Reporting.Excel.Reports;
using Reporting.Pdf;
using Reporting.Word;

namespace Reporting.Workflows.Reports;

/// <summary>Writes a period's workbook, PDF summary, report document and charts into a folder.</summary>
public static class ReportWriter
{
    /// <summary>
    /// Writes every file whole or not at all (see <see cref="FinishedFile"/>); <paramref name="cancellationToken"/> stops
    /// between files, leaving those already written whole.
    /// </summary>
    public static ReportFiles Write(ReportModel model, string directory, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(directory);
        var name = model.Summary.Period.ToString();
        var workbook = Path.Combine(directory, name + ".xlsx");
        FinishedFile.Write(workbook, stream => new ReportWorkbookWriter().Write(model, stream), cancellationToken);
        var pdf = Path.Combine(directory, name + ".pdf");
        FinishedFile.Write(pdf, stream => new LeaderSummaryPdf().Write(model, stream), cancellationToken);
        var document = Path.Combine(directory, name + ".docx");
        FinishedFile.Write(document, stream => WriteDocument(model, stream), cancellationToken);
        var charts = Path.Combine(directory, "charts");
        FinishedFile.WriteFolder(charts, folder => new ReportCharts().WriteAll(model, folder), cancellationToken);
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
