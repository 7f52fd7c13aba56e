using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Reporting.Core.Aggregation;
using Reporting.Core.Issue;
using Reporting.Core.Periods;
using Reporting.Core.Review;
using Reporting.Core.Summary;
using Reporting.Web.Identity;
using Reporting.Web.Localization;
using Reporting.Web.Security;
using Reporting.Workflows.Issue;
using Reporting.Workflows.Queries;
using Reporting.Workflows.Review;
using Reporting.Workflows;

namespace Reporting.Web.Pages;

/// <summary>A period's province figures against the compare period, with a trend per indicator and the report downloads.</summary>
[Authorize(Policy = PortalPolicies.Province)]
public sealed class PeriodModel(ReportingDatabase database, PortalText text) : PageModel
{
    private IReadOnlyList<PeriodAggregate> trend = [];

    /// <summary>Null when a period was typed wrong: the page then says so and shows no figures.</summary>
    public PeriodSummary? Summary { get; private set; }

    /// <summary>The period asked for, the periods offered, and a period typed wrong.</summary>
    public PeriodChoice Choice { get; private set; } = null!;

    /// <summary>The compare period typed wrong; null when it was right or none was asked for.</summary>
    public string? CompareRejected { get; private set; }

    /// <summary>The compare period asked for; null for the same period last year.</summary>
    public PeriodId? Compare { get; private set; }

    public PeriodSelect PeriodField => new("period", Choice.Period, Choice.Offered);

    /// <summary>"The same period last year" unless another was asked for: a new period chosen then compares with its own.</summary>
    public PeriodSelect CompareField => new("compare", Compare, Choice.Offered, text["Same period last year"]);

    public bool MayDownloadExcel => AgencyAccess.ActsForAll(User);

    /// <summary>The indicator's province value in each trend period, oldest first (null where none).</summary>
    public IReadOnlyList<decimal?> TrendOf(string code) => trend.Select(p => p.Province(code).Value).ToList();

    /// <summary>Reports issued for the period, oldest first (the latest decides whether it is locked).</summary>
    public IReadOnlyList<IssuedReportInfo> Issued { get; private set; } = [];

    /// <summary>The lock of a longer period this one lies within (a month of an issued half-year), which refuses its files.</summary>
    public PeriodLock? LockedWithin { get; private set; }

    /// <summary>The province's figures as issued against now, where they differ.</summary>
    public IReadOnlyList<IssuedFigure> ChangedSinceIssue { get; private set; } = [];

    /// <summary>How many of the period's current submissions an analyst has not accepted yet, of how many.</summary>
    public (int NotAccepted, int All) Acceptance { get; private set; }

    /// <summary>Analysts issue and reopen; the buttons show for them only, and the handlers check again.</summary>
    public bool MayIssue => User.IsInRole(PortalRoles.Analyst);

    public string? Refusal { get; private set; }

    public ProvinceClock Clock => database.Clock;

    public async Task<IActionResult> OnPostIssueAsync(string? period, CancellationToken cancellationToken)
    {
        if (!MayIssue)
        {
            return Forbid();
        }

        if (PeriodChoice.Parse(period, out _) is not { } chosen)
        {
            return BadRequest();
        }

        IssueOutcome outcome;
        await using (var workspace = await database.OpenWorkspaceAsync(cancellationToken))
        {
            outcome = await new PeriodIssue(workspace).IssueAsync(chosen, text.Language, PortalActor.Of(HttpContext), cancellationToken: cancellationToken);
        }

        return await AfterAsync(outcome, chosen, cancellationToken);
    }

    public async Task<IActionResult> OnPostReopenAsync(string? period, string? reason, CancellationToken cancellationToken)
    {
        if (!MayIssue)
        {
            return Forbid();
        }

        if (PeriodChoice.Parse(period, out _) is not { } chosen)
        {
            return BadRequest();
        }

        IssueOutcome outcome;
        await using (var workspace = await database.OpenWorkspaceAsync(cancellationToken))
        {
            outcome = await new PeriodIssue(workspace).ReopenAsync(chosen, PortalActor.Of(HttpContext), reason ?? string.Empty, cancellationToken);
        }

        return await AfterAsync(outcome, chosen, cancellationToken);
    }

    private async Task<IActionResult> AfterAsync(IssueOutcome outcome, PeriodId period, CancellationToken cancellationToken)
    {
        if (outcome.Refusal is { } refusal)
        {
            Refusal = text.English ? refusal.Message : refusal.MessageVi;
            Response.StatusCode = StatusCodes.Status409Conflict;
            return await OnGetAsync(period.ToString(), null, false, cancellationToken);
        }

        return RedirectToPage("/Period", new { period = period.ToString() });
    }

    /// <summary>The figures from accepted submissions only (the page's switch).</summary>
    public bool AcceptedOnly { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? period, string? compare, bool accepted, CancellationToken cancellationToken)
    {
        await using var workspace = await database.OpenWorkspaceAsync(cancellationToken);
        Choice = await PeriodChoice.ResolveAsync(period, workspace, cancellationToken);
        var against = PeriodChoice.Parse(compare, out var compareRejected);
        (Compare, CompareRejected) = (against, compareRejected);
        if (Choice.Rejected is not null || CompareRejected is not null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        AcceptedOnly = accepted;
        var figures = await new PeriodFiguresQuery(workspace).BuildAsync(Choice.Period, against, accepted, cancellationToken);
        (Summary, trend) = (figures.Summary, figures.Trend);
        var issue = new PeriodIssue(workspace);
        Issued = await issue.HistoryAsync(Choice.Period, cancellationToken);
        LockedWithin = await issue.LockHoldingAsync(Choice.Period, cancellationToken) is { } held && held.Period != Choice.Period.ToString() ? held : null;
        ChangedSinceIssue = Issued.Count == 0 ? [] : (await issue.ChangesSinceIssueAsync(Choice.Period, cancellationToken)).Where(c => c.Changed).ToList();
        Acceptance = await new ReviewQueue(workspace).AcceptanceAsync(Choice.Period, cancellationToken);
        return Page();
    }
}
