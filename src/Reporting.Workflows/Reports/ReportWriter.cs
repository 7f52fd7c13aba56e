using Reporting.Core.Reports;
using Reporting.Excel.Reports;
using Reporting.Pdf;

namespace Reporting.Workflows.Reports;

/// <summary>Writes a period's workbook, PDF summary and charts into a folder.</summary>
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

        var charts = Path.Combine(directory, "charts");
        new ReportCharts().WriteAll(model, charts);
        return new ReportFiles(workbook, pdf, Directory.GetFiles(charts).Order(StringComparer.Ordinal).ToList());
    }
}
