using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Reporting.Core.Periods;
using Reporting.Core.Review;
using Reporting.Web.Localization;
using Reporting.Web.Security;
using Reporting.Workflows;
using Reporting.Workflows.Queries;
using Reporting.Workflows.Review;

namespace Reporting.Web.Pages;

/// <summary>The analysts' review queue of a period: accept a version, or return it with a reason and comments on cells.</summary>
[Authorize(Policy = PortalPolicies.Review)]
public sealed class ReviewModel(ReportingDatabase database, PortalText text) : PageModel
{
    /// <summary>How many cell comments the return form offers.</summary>
    public const int CommentFields = 3;

    public PeriodChoice Choice { get; private set; } = null!;

    public PeriodSelect PeriodField { get; private set; } = null!;

    public IReadOnlyList<QueuedSubmission> Queue { get; private set; } = [];

    public ProvinceClock Clock => database.Clock;

    /// <summary>Why the last decision was refused, in the page's language.</summary>
    public string? Refusal { get; private set; }

    public string? Done { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? period, string? done, CancellationToken cancellationToken)
    {
        Done = done switch
        {
            "accepted" => text["Accepted."],
            "returned" => text["Returned to the agency."],
            _ => null,
        };
        return await ShowAsync(period, cancellationToken);
    }

    public async Task<IActionResult> OnPostAcceptAsync(long id, string? period, CancellationToken cancellationToken)
    {
        ReviewOutcome outcome;
        await using (var workspace = await database.OpenWorkspaceAsync(cancellationToken))
        {
            outcome = await new SubmissionReview(workspace).AcceptAsync(id, PortalActor.Of(HttpContext), cancellationToken);
        }

        return await AfterAsync(outcome, period, "accepted", cancellationToken);
    }

    public async Task<IActionResult> OnPostReturnAsync(long id, string? period, string? reason, string[]? cell, string[]? comment, CancellationToken cancellationToken)
    {
        var comments = (cell ?? []).Zip(comment ?? [], (c, t) => (Cell: c, Text: t))
            .Where(p => !string.IsNullOrWhiteSpace(p.Cell) && !string.IsNullOrWhiteSpace(p.Text))
            .Select(p => new ReviewComment(p.Cell.Trim(), null, p.Text.Trim()))
            .ToList();
        ReviewOutcome outcome;
        await using (var workspace = await database.OpenWorkspaceAsync(cancellationToken))
        {
            outcome = await new SubmissionReview(workspace).ReturnAsync(id, PortalActor.Of(HttpContext), reason ?? string.Empty, comments, cancellationToken);
        }

        return await AfterAsync(outcome, period, "returned", cancellationToken);
    }

    private async Task<IActionResult> AfterAsync(ReviewOutcome outcome, string? period, string done, CancellationToken cancellationToken)
    {
        if (outcome.Refusal is { } refusal)
        {
            Refusal = text.English ? refusal.Message : refusal.MessageVi;
            Response.StatusCode = refusal.Kind == ReviewRefusalKind.NotFound ? StatusCodes.Status404NotFound : StatusCodes.Status409Conflict;
            return await ShowAsync(period, cancellationToken);
        }

        return RedirectToPage("/Review", new { period, done });
    }

    private async Task<PageResult> ShowAsync(string? period, CancellationToken cancellationToken)
    {
        await using var workspace = await database.OpenWorkspaceAsync(cancellationToken);
        Choice = await PeriodChoice.ResolveAsync(period, workspace, cancellationToken);
        PeriodField = new PeriodSelect("period", Choice.Period, Choice.Offered);
        if (Choice.Rejected is null)
        {
            Queue = await new ReviewQueue(workspace).ListAsync(Choice.Period, cancellationToken);
        }

        return Page();
    }
}
