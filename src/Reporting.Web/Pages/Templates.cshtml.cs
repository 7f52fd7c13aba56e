using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Reporting.Core.Agencies;
using Reporting.Core.Periods;
using Reporting.Web.Localization;
using Reporting.Web.Security;
using Reporting.Workflows;
using Reporting.Workflows.Queries;
using Reporting.Workflows.Templates;

namespace Reporting.Web.Pages;

/// <summary>The workbook an agency fills in for a period, for the agencies the user may act for.</summary>
[Authorize(Policy = PortalPolicies.Upload)]
public sealed class TemplatesModel(ReportingDatabase database, PortalText text) : PageModel
{
    public IReadOnlyList<Agency> Agencies { get; private set; } = [];

    public string SuggestedPeriod { get; private set; } = string.Empty;

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnGetDownloadAsync(string? agency, string? period, CancellationToken cancellationToken)
    {
        var found = agency is null ? null : database.Agencies.Find(agency);
        if (found is null)
        {
            return await FailAsync(StatusCodes.Status404NotFound, text.Format("There is no agency {0}.", agency), cancellationToken);
        }

        if (!AgencyAccess.MayActFor(User, found.Code))
        {
            return Forbid();
        }

        if (!PeriodText.TryRead(period, out var id, out _))
        {
            return await FailAsync(StatusCodes.Status400BadRequest, text.NotAPeriod(period ?? string.Empty), cancellationToken);
        }

        if (SubmissionTemplates.Refusal(found, id) is not null)
        {
            return await FailAsync(StatusCodes.Status400BadRequest, text.Format("{0} does not report for {1}: its period would be {2}.", found.Code, id, found.SubmissionPeriodFor(id.FirstMonth)), cancellationToken);
        }

        // With the analyst's comments when the agency's current version for the period was returned.
        TemplateFile template;
        await using (var workspace = await database.OpenWorkspaceAsync(cancellationToken))
        {
            template = await SubmissionTemplates.BuildAsync(workspace, found, id, text.Language, cancellationToken);
        }

        return File(template.Content, TemplateFile.ContentType, template.FileName);
    }

    private async Task<IActionResult> FailAsync(int status, string message, CancellationToken cancellationToken)
    {
        Error = message;
        await LoadAsync(cancellationToken);
        Response.StatusCode = status;
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var today = database.Clock.Today;
        Agencies = new SubmissionTemplates(database).Offered(AgencyAccess.ActsForAll(User) ? null : AgencyAccess.OwnAgencies(User), today);
        await using var workspace = await database.OpenWorkspaceAsync(cancellationToken);
        var latest = await new SubmissionHistoryQuery(workspace).LatestMonthAsync(cancellationToken) ?? new YearMonth(today.Year, today.Month);
        SuggestedPeriod = PeriodId.ForMonth(latest).ToString();
    }
}
