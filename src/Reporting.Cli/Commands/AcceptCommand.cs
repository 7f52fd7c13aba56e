using System.CommandLine;
using Reporting.Workflows;
using Reporting.Workflows.Review;

namespace Reporting.Cli.Commands;

/// <summary>Accepts the current version of an agency's report.</summary>
internal sealed class AcceptCommand : ReportingCommand
{
    private readonly Option<long> idOption = new("--id") { Description = "The submission (its id, from `reporting review`)", Required = true, HelpName = "N" };

    public AcceptCommand(CliContext context)
        : base(context, "accept", "Accept a submission (the current version of its agency's report)", """
            reporting accept --id N

            Only a current version still waiting for review can be accepted, and not while its period is
            locked. Recorded in the audit log. Exit code 1 when refused (nothing changed).
            """)
    {
        Add(idOption);
    }

    protected override async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        await using var workspace = await Context.OpenAsync(parse, DatabaseAccess.Write, cancellationToken);
        var outcome = await new SubmissionReview(workspace).AcceptAsync(parse.GetValue(idOption), Context.Actor, cancellationToken);
        return ReviewOutput.Print(Terminal, outcome, "accepted");
    }
}
