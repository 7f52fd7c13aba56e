using Reporting.Core.Periods;
using Reporting.Excel.Reports;
using Reporting.Pdf;
using Reporting.Web.Localization;
using Reporting.Web.Security;
using Reporting.Workflows.Reports;
using Reporting.Workflows;

namespace Reporting.Web;

/// <summary>
/// The period's Excel workbook and Word report document (analysts, admins) and PDF summary (and leaders), built like
/// `reporting report`.
/// </summary>
internal static class ReportDownloads
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/reports/{period}.xlsx", (string period, string? compare, HttpContext context, ReportingDatabase database, CancellationToken cancellationToken) =>
                WriteAsync(period, compare, context, database, "xlsx", (model, stream) => new ReportWorkbookWriter().Write(model, stream), cancellationToken))
            .RequireAuthorization(PortalPolicies.ExcelReports);
        app.MapGet("/reports/{period}.docx", (string period, string? compare, HttpContext context, ReportingDatabase database, CancellationToken cancellationToken) =>
                WriteAsync(period, compare, context, database, "docx", ReportWriter.WriteDocument, cancellationToken))
            .RequireAuthorization(PortalPolicies.ExcelReports);
        app.MapGet("/reports/{period}.pdf", (string period, string? compare, HttpContext context, ReportingDatabase database, CancellationToken cancellationToken) =>
                WriteAsync(period, compare, context, database, "pdf", (model, stream) => new LeaderSummaryPdf().Write(model, stream), cancellationToken))
            .RequireAuthorization(PortalPolicies.PdfReports);
    }

    private static async Task<IResult> WriteAsync(
        string period, string? compare, HttpContext context, ReportingDatabase database, string extension, Action<Reporting.Core.Reports.ReportModel, Stream> write, CancellationToken cancellationToken)
    {
        if (!PeriodId.TryParse(period, out var id, out var error))
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: error);
        }

        PeriodId? against = null;
        if (!string.IsNullOrEmpty(compare))
        {
            if (!PeriodId.TryParse(compare, out var c, out error))
            {
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: error);
            }

            against = c;
        }

        var language = PortalText.Of(context.Request.Cookies[PortalText.CookieName]);
        await using var workspace = await database.OpenWorkspaceAsync(cancellationToken);
        var model = await new ReportModelQuery(workspace).BuildAsync(id, against, language, cancellationToken);

        // Written to memory first: a failure then gives an error page, not half a file.
        var stream = new MemoryStream();
        write(model, stream);
        stream.Position = 0;
        var type = extension switch
        {
            "pdf" => "application/pdf",
            "docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            _ => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        };
        return Results.File(stream, type, $"{id}.{extension}");
    }
}
