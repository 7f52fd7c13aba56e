using System.CommandLine;
using System.Globalization;
using Reporting.Core.Periods;
using Reporting.Core.Submissions;
using Reporting.Workflows;
using Reporting.Workflows.Queries;
using Reporting.Workflows.Reminders;
using Spectre.Console;

namespace Reporting.Cli.Commands;

/// <summary>E-mails agencies that owe a submission before its deadline, once per agency and deadline.</summary>
internal sealed class RemindCommand : ReportingCommand
{
    /// <summary>The server's password comes from the environment, never from the command line (it would show in `ps`).</summary>
    public const string PasswordVariable = "REPORTING_SMTP_PASSWORD";

    private readonly Option<PeriodId?> periodOption = CliOptions.OptionalPeriod("--period", "Remind of this period's owed submissions (overdue ones too)");
    private readonly Option<int> dueWithinOption = new("--due-within") { HelpName = "DAYS", Description = "Without --period: submissions due from today to DAYS days ahead (default 3)", DefaultValueFactory = _ => 3 };
    private readonly Option<string?> hostOption = CliOptions.Text("--smtp-host", "HOST", "The mail server; without it, who would be reminded is listed and nothing is sent");
    private readonly Option<int?> portOption = new("--smtp-port") { HelpName = "PORT", Description = "The mail server's port (default 25; 465 for TLS from the start)" };
    private readonly Option<string?> fromOption = CliOptions.Text("--from", "ADDRESS", "The sender's address, e.g. baocao@lamson.gov.vn");
    private readonly Option<string?> userOption = CliOptions.Text("--smtp-user", "NAME", $"A login for the server; its password from {PasswordVariable}");
    private readonly Option<OutputFormat> formatOption = CliOptions.Format(OutputFormat.Table, OutputFormat.Json);

    public RemindCommand(CliContext context)
        : base(context, "remind", "E-mail agencies that owe a submission before its deadline", $"""
            reporting remind [--period ID | --due-within DAYS] [--smtp-host HOST [--smtp-port PORT] --from ADDRESS [--smtp-user NAME]] [--format table|json]

            Finds every owed submission not yet sent (as `reporting missing`): those due from today to DAYS
            days ahead (default 3), or with --period those of that period, and e-mails each agency at its
            address in templates/agencies.json ("email"), in Vietnamese with the English below: the period,
            the deadline and the days left. At most one reminder per agency and deadline is ever sent (kept in
            the database), so running it daily is safe; a deadline moved by the admin is a new one. Without
            --smtp-host and --from nothing is sent: the list says who would be reminded. The password of
            --smtp-user comes from {PasswordVariable}. Exit code 1 when a message could not be sent (the
            others are sent and recorded; a later run tries the failed ones again).
            """)
    {
        Add(periodOption);
        Add(dueWithinOption);
        Add(hostOption);
        Add(portOption);
        Add(fromOption);
        Add(userOption);
        Add(formatOption);
    }

    protected override async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var host = parse.GetValue(hostOption);
        var from = parse.GetValue(fromOption);
        if (host is not null && from is null)
        {
            throw new UsageException("--smtp-host needs --from ADDRESS (the sender)");
        }

        if (parse.GetValue(portOption) is < 1 or > 65535)
        {
            throw new UsageException("--smtp-port must be 1 to 65535");
        }

        var within = parse.GetValue(dueWithinOption);
        if (within is < 0 or > 366)
        {
            throw new UsageException($"--due-within {within}: days must be 0 to 366");
        }

        var smtp = SmtpSettings.Configured(host, parse.GetValue(portOption), from, parse.GetValue(userOption), Environment.GetEnvironmentVariable(PasswordVariable));
        await using var workspace = await Context.OpenAsync(parse, smtp is null ? DatabaseAccess.Read : DatabaseAccess.Write, cancellationToken);
        var query = new MissingQuery(workspace);
        var owed = parse.GetValue(periodOption) is { } period ? await query.OwedAsync(period, cancellationToken) : await query.DueWithinAsync(within, cancellationToken);
        var results = await new ReminderSender(workspace).SendAsync(owed, smtp, cancellationToken);
        if (parse.GetValue(formatOption) == OutputFormat.Json)
        {
            Terminal.WriteJson(results.Select(r => new
            {
                code = r.Owed.Agency.Code,
                period = r.Owed.Period.ToString(),
                due = r.Owed.Due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                daysLeft = r.Owed.DaysLeft,
                email = r.Recipient,
                outcome = Outcome(r.Outcome),
                failure = r.Failure,
            }));
        }
        else
        {
            Print(results, smtp is not null);
        }

        return results.Any(r => r.Outcome == ReminderOutcome.Failed) ? 1 : 0;
    }

    private void Print(IReadOnlyList<ReminderResult> results, bool sending)
    {
        var table = new Table().AddColumns("Period", "Due", "Code", "E-mail", "Reminder");
        foreach (var r in results)
        {
            table.AddRow(r.Owed.Period.ToString(), r.Owed.Due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Markup.Escape(r.Owed.Agency.Code), Markup.Escape(r.Recipient ?? "-"), Markup.Escape(r.Failure is null ? Outcome(r.Outcome) : $"failed: {r.Failure}"));
        }

        Terminal.Out.Write(table);
        int Count(ReminderOutcome outcome) => results.Count(r => r.Outcome == outcome);
        if (sending)
        {
            Terminal.Err.MarkupLine(Terminal.Markup($"{Count(ReminderOutcome.Sent)} reminder(s) sent, {Count(ReminderOutcome.AlreadySent)} already sent before, {Count(ReminderOutcome.NoAddress)} without an e-mail address, {Count(ReminderOutcome.Failed)} failed."));
        }
        else
        {
            Terminal.Err.MarkupLine(Terminal.Markup($"No mail server given (--smtp-host, --from): nothing sent. {Count(ReminderOutcome.NotSent)} would be reminded, {Count(ReminderOutcome.AlreadySent)} were already, {Count(ReminderOutcome.NoAddress)} have no e-mail address."));
        }
    }

    private static string Outcome(ReminderOutcome outcome) => outcome switch
    {
        ReminderOutcome.Sent => "sent",
        ReminderOutcome.AlreadySent => "already sent",
        ReminderOutcome.NoAddress => "no e-mail address",
        ReminderOutcome.NotSent => "not sent (no server)",
        _ => "failed",
    };
}
