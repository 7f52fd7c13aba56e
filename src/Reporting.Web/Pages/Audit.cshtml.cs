using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Reporting.Core.Audit;
using Reporting.Core.Periods;
using Reporting.Web.Security;
using Reporting.Workflows;
using Reporting.Workflows.Audit;

namespace Reporting.Web.Pages;

/// <summary>The audit log for admins and analysts, filtered by period, agency and day, exported as CSV or xlsx.</summary>
[Authorize(Policy = PortalPolicies.Audit)]
public sealed class AuditModel(ReportingDatabase database) : PageModel
{
    /// <summary>The page shows the newest entries up to this many; the exports hold all that match.</summary>
    public const int MaxRows = 500;

    public IReadOnlyList<AuditRecord> Entries { get; private set; } = [];

    /// <summary>Times shown in the province's zone.</summary>
    public ProvinceClock Clock => database.Clock;

    public string? PeriodText { get; private set; }

    public string? Agency { get; private set; }

    public string? SinceText { get; private set; }

    public string? RequestError { get; private set; }

    /// <summary>The filters as a query string, for the export links.</summary>
    public string Query { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(string? period, string? agency, string? since, string? export, CancellationToken cancellationToken)
    {
        (PeriodText, Agency, SinceText) = (period, agency, since);
        Query = string.Join('&', new[] { ("period", period), ("agency", agency), ("since", since) }
            .Where(p => !string.IsNullOrWhiteSpace(p.Item2))
            .Select(p => p.Item1 + "=" + Uri.EscapeDataString(p.Item2!.Trim())));
        PeriodId? periodId = null;
        if (!string.IsNullOrWhiteSpace(period))
        {
            if (!Core.Periods.PeriodText.TryRead(period, out var parsed, out _))
            {
                RequestError = "The period is not valid (2026-06, 2026-Q2, 2026-H1).";
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return Page();
            }

            periodId = parsed;
        }

        DateOnly? day = null;
        if (!string.IsNullOrWhiteSpace(since))
        {
            if (!DateOnly.TryParseExact(since.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                RequestError = "The day is not valid (YYYY-MM-DD).";
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return Page();
            }

            day = parsed;
        }

        await using var workspace = await database.OpenWorkspaceAsync(cancellationToken);
        var entries = await new AuditQuery(workspace).ListAsync(new AuditFilter(periodId, agency, day), cancellationToken);
        switch (export)
        {
            case "csv":
                return File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(AuditQuery.Csv(entries))).ToArray(), "text/csv; charset=utf-8", "audit.csv");
            case "xlsx":
                return File(AuditQuery.Workbook(entries), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "audit.xlsx");
        }

        Entries = entries.Reverse().Take(MaxRows).ToList();
        return Page();
    }
}
