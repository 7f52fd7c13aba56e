using Reporting.Core.Periods;
using Reporting.Web.Localization;
using Reporting.Web.Security;
using Reporting.Workflows;
using Reporting.Workflows.Reports;

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
                SendAsync(period, compare, context, database, ReportKind.Workbook, cancellationToken))
            .RequireAuthorization(PortalPolicies.ExcelReports);
        app.MapGet("/reports/{period}.docx", (string period, string? compare, HttpContext context, ReportingDatabase database, CancellationToken cancellationToken) =>
                SendAsync(period, compare, context, database, ReportKind.Document, cancellationToken))
            .RequireAuthorization(PortalPolicies.ExcelReports);
        app.MapGet("/reports/{period}.pdf", (string period, string? compare, HttpContext context, ReportingDatabase database, CancellationToken cancellationToken) =>
                SendAsync(period, compare, context, database, ReportKind.Pdf, cancellationToken))
            .RequireAuthorization(PortalPolicies.PdfReports);
    }

    private static async Task<IResult> SendAsync(
        string period, string? compare, HttpContext context, ReportingDatabase database, ReportKind kind, CancellationToken cancellationToken)
    {
        if (!PeriodText.TryRead(period, out var id, out var error))
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: error);
        }

        PeriodId? against = null;
        if (!string.IsNullOrEmpty(compare))
        {
            if (!PeriodText.TryRead(compare, out var c, out error))
            {
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: error);
            }

            against = c;
        }

        var language = PortalText.Of(context.Request.Cookies[PortalText.CookieName]);
        await using var workspace = await database.OpenWorkspaceAsync(cancellationToken);
        var report = await new PeriodReports(workspace).BuildAsync(id, against, language, kind, cancellationToken);
        return Results.File(report.Content, report.ContentType, report.FileName);
    }
}
