using System.CommandLine;
using System.Globalization;
using Reporting.Core.Catalog;
using Reporting.Core.Periods;
using Reporting.Workflows;
using Reporting.Workflows.Issue;
using Spectre.Console;

namespace Reporting.Cli.Commands;

/// <summary>Issues a period's report and locks the period.</summary>
internal sealed class IssueCommand : ReportingCommand
{
    private readonly Option<PeriodId> periodOption = CliOptions.Period();
    private readonly Option<Language> langOption = CliOptions.Language();
    private readonly Option<string?> outputOption = CliOptions.Text("--out", "DIR", "The folder to write the issued files into", required: true);

    public IssueCommand(CliContext context)
        : base(context, "issue", "Issue a period's report (workbook, PDF, Word) and lock the period", """
            reporting issue --period ID --out DIR [--lang vi|en]

            Writes DIR/<period>.xlsx, DIR/<period>.pdf and DIR/<period>.docx, keeps their bytes and the
            province's figures as issued, and locks the period: imports and uploads for it are refused
            until an analyst reopens it (`reporting reopen`). `reporting report --period ID --as-issued`
            gives the same files back, byte for byte, after later corrections.
            Recorded in the audit log. Exit code 1 when the period is locked already.
            """)
    {
        Add(periodOption);
        Add(langOption);
        Add(outputOption);
    }

    protected override async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var period = parse.GetValue(periodOption);
        await using var workspace = await Context.OpenAsync(parse, DatabaseAccess.Write, cancellationToken);
        var outcome = await new PeriodIssue(workspace).IssueAsync(period, parse.GetValue(langOption), Context.Actor, parse.GetValue(outputOption)!, cancellationToken);
        if (outcome.Refusal is { } refusal)
        {
            Terminal.Err.MarkupLine(Terminal.Markup($"[red]Refused[/]: {refusal.Message}. Nothing changed."));
            return 1;
        }

        var at = workspace.Clock.InProvince(outcome.Report!.IssuedAt).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        Terminal.Err.MarkupLine(Terminal.Markup($"[green]Issued[/] {period} by {outcome.Report.IssuedBy} on {at}; the period is locked. Wrote {string.Join(", ", outcome.Files)}"));
        return 0;
    }
}
