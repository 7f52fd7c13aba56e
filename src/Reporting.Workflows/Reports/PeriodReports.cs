using Reporting.Core.Catalog;
using Reporting.Core.Periods;
using Reporting.Excel.Reports;
using Reporting.Pdf;

namespace Reporting.Workflows.Reports;

/// <summary>
/// A period's reports against a compare period, from one report model: every file into a folder (`reporting report`)
/// or one of them in memory (the portal's downloads).
/// </summary>
public sealed class PeriodReports(ReportingWorkspace workspace)
{
    /// <summary>The workbook, PDF summary, report document and charts, written into <paramref name="directory"/>.</summary>
    /// <param name="acceptedOnly">The period's figures from accepted submissions only.</param>
    public async Task<ReportFiles> WriteAsync(PeriodId period, PeriodId? compare, Language language, string directory, bool acceptedOnly = false, CancellationToken cancellationToken = default)
    {
        var model = await new ReportModelQuery(workspace).BuildAsync(period, compare, language, acceptedOnly, cancellationToken);
        ReleaseModelSources();
        return ReportWriter.Write(model, directory, cancellationToken);
    }

    /// <summary>
    /// Collects what the model was built from (the agencies' roll-ups and values, most of the heap, garbage once it is
    /// built) before the writers allocate: the command then peaks at the larger of the two steps, not near their sum
    /// (both reports at 5,000 agencies: about 495 MB before, 450 MB after). Not for the portal's downloads, where a full
    /// blocking collection would pause every other request.
    /// </summary>
    public static void ReleaseModelSources() => GC.Collect();

    /// <summary>
    /// One report, written to memory first: a failure then reaches the caller before any byte is sent, never half a file.
    /// </summary>
    public async Task<ReportFile> BuildAsync(PeriodId period, PeriodId? compare, Language language, ReportKind kind, CancellationToken cancellationToken = default)
    {
        var model = await new ReportModelQuery(workspace).BuildAsync(period, compare, language, cancellationToken: cancellationToken);
        using var stream = new MemoryStream();
        switch (kind)
        {
            case ReportKind.Pdf:
                new LeaderSummaryPdf().Write(model, stream);
                break;
            case ReportKind.Document:
                ReportWriter.WriteDocument(model, stream);
                break;
            default:
                new ReportWorkbookWriter().Write(model, stream);
                break;
        }

        var (extension, type) = kind switch
        {
            ReportKind.Pdf => ("pdf", "application/pdf"),
            ReportKind.Document => ("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            _ => ("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        };
        return new ReportFile($"{period}.{extension}", type, stream.ToArray());
    }
}
