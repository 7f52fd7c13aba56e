using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Reporting.Core.Agencies;
using Reporting.Core.Completeness;
using Reporting.Core.Periods;
using Reporting.Web.Localization;
using Reporting.Web.Security;
using Reporting.Workflows.Queries;
using Reporting.Workflows;

namespace Reporting.Web.Pages;

/// <summary>The completeness dashboard: every agency's submissions for a period against their deadlines.</summary>
public sealed class IndexModel(ReportingDatabase database, PortalText text) : PageModel
{
    public PeriodId Period { get; private set; }

    /// <summary>The period asked for, the periods offered, and a period typed wrong.</summary>
    public PeriodChoice Choice { get; private set; } = null!;

    public PeriodSelect PeriodField => new("period", Period, Choice.Offered);

    public string? Group { get; private set; }

    public SubmissionStatus? Status { get; private set; }

    public IReadOnlyList<AgencyGroup> Groups { get; private set; } = [];

    /// <summary>The province's clock, for the times shown.</summary>
    public ProvinceClock Clock { get; private set; } = null!;

    public IReadOnlyList<AgencyCompleteness> All { get; private set; } = [];

    public IReadOnlyList<AgencyCompleteness> Shown { get; private set; } = [];

    /// <summary>Active agencies that owe nothing for the period (quarterly or half-yearly reporters asked about a month).</summary>
    public int OwingNothing { get; private set; }

    public string GroupName(string code) => Groups.FirstOrDefault(g => g.Code == code)?.Name(text.Language) ?? code;

    public async Task<IActionResult> OnGetAsync(string? period, string? group, SubmissionStatus? status, CancellationToken cancellationToken)
    {
        if (!AgencyAccess.SeesAll(User))
        {
            return Redirect("/Submissions");
        }

        await using var workspace = await database.OpenWorkspaceAsync(cancellationToken);
        Choice = await PeriodChoice.ResolveAsync(period, workspace, cancellationToken);
        Period = Choice.Period;
        (Group, Status, Groups, Clock) = (string.IsNullOrEmpty(group) ? null : group, status, workspace.Agencies.Groups, workspace.Clock);
        if (Choice.Rejected is not null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        All = await new CompletenessQuery(workspace).ListAsync(Period, cancellationToken);
        OwingNothing = workspace.Agencies.ActiveDuring(Period).Count() - All.Count;
        Shown = All.Where(a => (Group is null || a.Agency.Group == Group) && (Status is null || a.Status == Status))
            .OrderByDescending(a => a.Status).ThenBy(a => a.Agency.Code, StringComparer.Ordinal).ToList();
        return Page();
    }
}
