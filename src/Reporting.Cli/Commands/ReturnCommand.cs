using System.CommandLine;
using Reporting.Core.Review;
using Reporting.Workflows;
using Reporting.Workflows.Review;

namespace Reporting.Cli.Commands;

/// <summary>Returns the current version of an agency's report with a reason and comments on cells or indicators.</summary>
internal sealed class ReturnCommand : ReportingCommand
{
    private readonly Option<long> idOption = new("--id") { Description = "The submission (its id, from `reporting review`)", Required = true, HelpName = "N" };
    private readonly Option<string?> reasonOption = CliOptions.Text("--reason", "TEXT", "Why it is returned (the agency sees it)", required: true);
    private readonly Option<string[]> cellOption = new("--cell") { Description = "A cell (such as D7) or indicator code to comment on; each --cell takes the next --comment", HelpName = "CELL" };
    private readonly Option<string[]> commentOption = new("--comment") { Description = "The comment on the --cell before it", HelpName = "TEXT" };

    public ReturnCommand(CliContext context)
        : base(context, "return", "Return a submission to its agency with a reason and comments on cells", """
            reporting return --id N --reason TEXT [--cell D7 --comment TEXT]...

            The agency sees the reason and each comment beside its cell (the submission's page, and the
            next template it downloads for the period). It stays returned until a new version arrives.
            Only a current version waiting for review can be returned, and not while its period is
            locked. Recorded in the audit log. Exit code 1 when refused (nothing changed).
            """)
    {
        Add(idOption);
        Add(reasonOption);
        Add(cellOption);
        Add(commentOption);
    }

    protected override async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var cells = parse.GetValue(cellOption) ?? [];
        var comments = parse.GetValue(commentOption) ?? [];
        if (cells.Length != comments.Length)
        {
            throw new UsageException($"each --cell needs its --comment ({cells.Length} --cell, {comments.Length} --comment)");
        }

        await using var workspace = await Context.OpenAsync(parse, DatabaseAccess.Write, cancellationToken);
        var outcome = await new SubmissionReview(workspace).ReturnAsync(
            parse.GetValue(idOption),
            Context.Actor,
            parse.GetValue(reasonOption)!,
            cells.Zip(comments, (cell, text) => new ReviewComment(cell, null, text)).ToList(),
            cancellationToken);
        return ReviewOutput.Print(Terminal, outcome, "returned");
    }
}
