using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Reporting.Core.Periods;
using Reporting.Web.Localization;
using Reporting.Web.Security;
using Reporting.Workflows;
using Reporting.Workflows.Queries;
using Reporting.Workflows.Reminders;

namespace Reporting.Web.Pages;

/// <summary>
/// Before a deadline: every submission not yet sent that is due within a few days, and its agency's reminder (sent
/// already, to be sent, no address); analysts send the e-mails from here when Portal:Smtp is configured.
/// </summary>
[Authorize(Policy = PortalPolicies.Remind)]
public sealed class RemindersModel(ReportingDatabase database, IOptions<PortalOptions> options, PortalText text) : PageModel
{
    public const int DefaultDays = 3;

    public int Days { get; private set; } = DefaultDays;

    public IReadOnlyList<ReminderResult> Rows { get; private set; } = [];

    /// <summary>True when a mail server is configured (Portal:Smtp:Host and From).</summary>
    public bool CanSend => options.Value.Smtp.Settings is not null;

    /// <summary>What the last send did, for the message above the list.</summary>
    public string? Done { get; private set; }

    public IReadOnlyList<string> Failures { get; private set; } = [];

    public ProvinceClock Clock { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int? days, CancellationToken cancellationToken)
    {
        if (!TryDays(days))
        {
            return BadRequest();
        }

        await using var workspace = await database.OpenWorkspaceAsync(cancellationToken);
        Clock = workspace.Clock;
        Rows = await new ReminderSender(workspace).SendAsync(await new MissingQuery(workspace).DueWithinAsync(Days, cancellationToken), smtp: null, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? days, CancellationToken cancellationToken)
    {
        if (!TryDays(days))
        {
            return BadRequest();
        }

        await using var workspace = await database.OpenWorkspaceAsync(cancellationToken);
        Clock = workspace.Clock;
        var owed = await new MissingQuery(workspace).DueWithinAsync(Days, cancellationToken);
        if (options.Value.Smtp.Settings is not { } smtp)
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
            Failures = [text["No mail server is configured (Portal:Smtp:Host and Portal:Smtp:From): nothing was sent."]];
            Rows = await new ReminderSender(workspace).SendAsync(owed, smtp: null, cancellationToken);
            return Page();
        }

        Rows = await new ReminderSender(workspace).SendAsync(owed, smtp, cancellationToken);
        Done = text.Format("{0} reminder(s) sent.", Rows.Count(r => r.Outcome == ReminderOutcome.Sent));
        Failures = Rows.Where(r => r.Outcome == ReminderOutcome.Failed).Select(r => $"{r.Owed.Agency.Code} ({r.Recipient}): {r.Failure}").ToList();
        return Page();
    }

    public string OutcomeText(ReminderOutcome outcome) => text[outcome switch
    {
        ReminderOutcome.Sent => "Sent now",
        ReminderOutcome.AlreadySent => "Already reminded",
        ReminderOutcome.NoAddress => "No e-mail address",
        ReminderOutcome.Failed => "Failed",
        _ => "To remind",
    }];

    private bool TryDays(int? days)
    {
        Days = days ?? DefaultDays;
        return Days is >= 0 and <= 366;
    }
}
