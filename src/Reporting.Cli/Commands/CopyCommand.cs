using System.CommandLine;
using Reporting.Web.Identity;
using Reporting.Workflows;
using Reporting.Workflows.Copy;

using Spectre.Console;

namespace Reporting.Cli.Commands;

/// <summary>Copies a province from one database to another (SQLite to PostgreSQL, or back) and verifies the copy.</summary>
internal sealed class CopyCommand : ReportingCommand
{
    private readonly Option<string> fromOption = new("--from") { HelpName = "DB", Description = "The database to copy (a SQLite path or a PostgreSQL URI)", Required = true };
    private readonly Option<string> toOption = new("--to") { HelpName = "DB", Description = "The new database (created when missing; must hold no province)", Required = true };

    public CopyCommand(CliContext context)
        : base(context, "copy", "Copy a province to another database (SQLite <-> PostgreSQL) and verify it", """
            reporting copy --from DB --to DB

            Copies the catalog, every version of every submission (with its uploader and time received), the
            stored roll-ups and the portal's users from one database to another, for example from
            reporting.db to postgresql://user:password@host:5432/province. The source is only read; the
            target is created when missing and must hold no province. The copy is one transaction, then
            verified: both databases must give the same digest of every stored figure.
            """)
    {
        Add(fromOption);
        Add(toOption);
    }

    protected override async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var origin = Context.Opening(parse, DatabaseAccess.Read) with { Location = parse.GetValue(fromOption)! };
        var destination = Context.Opening(parse, DatabaseAccess.Upgrade) with { Location = parse.GetValue(toOption)! };
        try
        {
            var outcome = await DatabaseCopier.CopyAsync(origin, destination, cancellationToken);
            var users = await PortalUsersCopy.CopyAsync(origin, destination, Context.Tell, cancellationToken);
            var portalUsers = users is { } n ? $", {n} portal users" : string.Empty;
            Terminal.Err.MarkupLine(Terminal.Markup(
                $"[green]Copied {outcome.From} to {outcome.To}:[/] {outcome.CopiedText}{portalUsers}; verified (digest {outcome.Fingerprint[..16]})."));
            return 0;
        }
        catch (Exception e) when (DatabaseFacts.DescribeFailure(e, DatabaseFacts.NameOf(destination.Location)) is { } failure)
        {
            Terminal.Err.MarkupLine(Terminal.Markup($"[red]{failure}[/]"));
            return EnvironmentError;
        }
    }
}
