using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Reporting.Core.Agencies;
using Reporting.Core.Periods;
using Reporting.Core.Submissions;
using Reporting.Web.Localization;
using Reporting.Web.Security;
using Reporting.Workflows;
using Reporting.Workflows.Queries;

namespace Reporting.Web.Pages.Submissions;

/// <summary>
/// Every version an agency has sent, superseded ones included; a submitter sees its own agencies only.
/// Without an agency chosen, analysts see the latest versions received from anyone.
/// </summary>
public sealed class IndexModel(ReportingDatabase database, PortalText text) : PageModel
{
    public const int Latest = 50;

    public IReadOnlyList<Agency> Choices { get; private set; } = [];

    public bool AllAgencies { get; private set; }

    public string? Agency { get; private set; }

    public IReadOnlyList<SubmissionInfo> Rows { get; private set; } = [];

    /// <summary>The province's clock, for the times shown.</summary>
    public ProvinceClock Clock { get; private set; } = null!;

    /// <summary>The periods the submissions may lie in (null: all).</summary>
    public PeriodId? Period { get; private set; }

    /// <summary>The period typed wrong; null when it was right or none was asked for.</summary>
    public string? PeriodRejected { get; private set; }

    public PeriodSelect PeriodField { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string? agency, string? period, CancellationToken cancellationToken)
    {
        var readable = AgencyAccess.ReadableAgencies(User);
        await using var workspace = await database.OpenWorkspaceAsync(cancellationToken);
        (AllAgencies, Clock) = (readable is null, workspace.Clock);
        Choices = workspace.Agencies.Agencies.Where(a => readable is null || readable.Contains(a.Code)).ToList();
        Agency = string.IsNullOrEmpty(agency) ? (AllAgencies ? null : Choices.FirstOrDefault()?.Code) : agency;
        Period = PeriodChoice.Parse(period, out var rejected);
        PeriodRejected = rejected;
        PeriodField = new PeriodSelect("period", Period, await new PeriodsQuery(workspace).OfferedAsync(cancellationToken), text["All periods"]);
        if (readable is not null && Agency is not null && !readable.Contains(Agency))
        {
            return Forbid();
        }

        if (PeriodRejected is not null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        if (Agency is null)
        {
            Rows = Period is { } p
                ? (await new SubmissionHistoryQuery(workspace).BetweenAsync(p.FirstMonth, p.LastMonth, includeSuperseded: true, cancellationToken))
                    .Where(s => p.Contains(s.Period)).OrderByDescending(s => s.Id).Take(Latest).ToList()
                : await new SubmissionHistoryQuery(workspace).LatestAsync(Latest, cancellationToken);
            return Page();
        }

        Rows = (await new SubmissionHistoryQuery(workspace).OfAgencyAsync(Agency, cancellationToken))
            .Where(s => Period is not { } p || p.Contains(s.Period))
            .OrderByDescending(s => s.Period.LastMonth).ThenByDescending(s => s.Version).ToList();
        return Page();
    }
}
