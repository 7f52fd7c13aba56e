using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Reporting.Core.Agencies;
using Reporting.Core.Completeness;
using Reporting.Core.Periods;
using Reporting.Core.Review;
using Reporting.Core.Submissions;
using Reporting.Web.Localization;
using Reporting.Web.Security;
using Reporting.Workflows.Queries;
using Reporting.Workflows.Review;
using Reporting.Workflows;

namespace Reporting.Web.Pages;

/// <summary>
/// The completeness dashboard: every agency's submissions for a period against their deadlines. A submitter's start
/// page instead: its own agencies' next deadlines and where each submission stands.
/// </summary>
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

    /// <summary>Part of a code or name asked for; null for every agency.</summary>
    public string? Search { get; private set; }

    /// <summary>Every agency owing the period something (for the counts) and the page of those the filters match.</summary>
    public CompletenessPage Listing { get; private set; } = CompletenessPage.Of([], new CompletenessFilter());

    public IReadOnlyList<AgencyCompleteness> All => Listing.All;

    public IReadOnlyList<AgencyCompleteness> Shown => Listing.Rows;

    /// <summary>The dashboard's address with this page's filters, on page <paramref name="page"/>.</summary>
    public string PageLink(int page) => QueryString.Create(new Dictionary<string, string?>
    {
        ["period"] = Period.ToString(),
        ["group"] = Group,
        ["status"] = Status?.ToString(),
        ["q"] = Search,
        ["pageNumber"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    }.Where(p => !string.IsNullOrEmpty(p.Value))).ToUriComponent() is var query ? "/" + query : "/";

    /// <summary>Active agencies that owe nothing for the period (quarterly or half-yearly reporters asked about a month).</summary>
    public int OwingNothing { get; private set; }

    /// <summary>For a submitter: its agencies' versions returned for correction, with the return's reason and comments.</summary>
    public IReadOnlyList<(SubmissionInfo Submission, ReviewNote Return)> Returned { get; private set; } = [];

    /// <summary>For a submitter: its agencies' deadlines around today, soonest first; null on the dashboard.</summary>
    public IReadOnlyList<UpcomingDeadline>? Upcoming { get; private set; }

    /// <summary>The calendar's deadline rule, for the submitter's page.</summary>
    public PeriodCalendar? Calendar { get; private set; }

    public string GroupName(string code) => Groups.FirstOrDefault(g => g.Code == code)?.Name(text.Language) ?? code;

    public async Task<IActionResult> OnGetAsync(string? period, string? group, SubmissionStatus? status, string? q, int? pageNumber, CancellationToken cancellationToken)
    {
        if (!AgencyAccess.SeesAll(User))
        {
            if (!User.IsInRole(Identity.PortalRoles.Submitter))
            {
                return Redirect("/Submissions");
            }

            await using var own = await database.OpenWorkspaceAsync(cancellationToken);
            (Clock, Calendar) = (own.Clock, own.Calendar);
            Upcoming = await new UpcomingDeadlinesQuery(own).ForAgenciesAsync(AgencyAccess.OwnAgencies(User), cancellationToken);
            Returned = await new ReviewQueue(own).ReturnedToAsync(AgencyAccess.OwnAgencies(User), cancellationToken);
            return Page();
        }

        await using var workspace = await database.OpenWorkspaceAsync(cancellationToken);
        Choice = await PeriodChoice.ResolveAsync(period, workspace, cancellationToken);
        Period = Choice.Period;
        (Group, Status, Groups, Clock) = (string.IsNullOrEmpty(group) ? null : group, status, workspace.Agencies.Groups, workspace.Clock);
        Search = string.IsNullOrWhiteSpace(q) ? null : q.Trim();
        if (Choice.Rejected is not null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Listing = await new CompletenessQuery(workspace).PageAsync(Period, new CompletenessFilter(Group, Status, Search, pageNumber ?? 1), cancellationToken);
        OwingNothing = workspace.Agencies.ActiveDuring(Period).Count() - All.Count;
        return Page();
    }
}
