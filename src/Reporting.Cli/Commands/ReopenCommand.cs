using System.CommandLine;
using Reporting.Core.Periods;
using Reporting.Workflows;
using Reporting.Workflows.Issue;
using Spectre.Console;

namespace Reporting.Cli.Commands;

/// <summary>Reopens a locked period, with a reason.</summary>
internal sealed class ReopenCommand : ReportingCommand
{
    private readonly Option<PeriodId> periodOption = CliOptions.Period();
    private readonly Option<string?> reasonOption = CliOptions.Text("--reason", "TEXT", "Why the period is reopened (recorded with who reopened it)", required: true);

    public ReopenCommand(CliContext context)
        : base(context, "reopen", "Reopen a locked (issued) period, with a reason", """
            reporting reopen --period ID --reason TEXT

            Lifts the lock the period's issue put on it: imports for it are taken again. The report as
            issued stays (`reporting report --period ID --as-issued`). Recorded in the audit log with
            the reason. Exit code 1 when the period is not locked or no reason is given.
            """)
    {
        Add(periodOption);
        Add(reasonOption);
    }

    protected override async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var period = parse.GetValue(periodOption);
        await using var workspace = await Context.OpenAsync(parse, DatabaseAccess.Write, cancellationToken);
        var outcome = await new PeriodIssue(workspace).ReopenAsync(period, Context.Actor, parse.GetValue(reasonOption) ?? string.Empty, cancellationToken);
        if (outcome.Refusal is { } refusal)
        {
            Terminal.Err.MarkupLine(Terminal.Markup($"[red]Refused[/]: {refusal.Message}. Nothing changed."));
            return 1;
        }

        Terminal.Out.MarkupLine(Terminal.Markup($"Reopened {period} (issued by {outcome.Report!.IssuedBy}): imports for it are taken again."));
        return 0;
    }
}
