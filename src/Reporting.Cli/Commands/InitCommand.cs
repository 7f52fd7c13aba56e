using System.CommandLine;
using Reporting.Workflows;

using Spectre.Console;

namespace Reporting.Cli.Commands;

/// <summary>Creates or upgrades the database and loads the catalog and agency list.</summary>
internal sealed class InitCommand : ReportingCommand
{
    public InitCommand(CliContext context)
        : base(context, "init", "Create (or upgrade) the database with the indicator catalog and agency list", """
            reporting init [--db PATH] [--templates DIR]

            Creates the database (default reporting.db) or upgrades one made by an earlier release in place
            (the only command that changes a database's schema), and loads templates/indicators.json,
            agencies.json and calendar.json into it (replacing those it held). An upgrade stopped half-way
            (killed, power cut) is finished by running init again.
            """)
    {
    }

    protected override async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        await using var workspace = await Context.OpenAsync(parse, DatabaseAccess.Upgrade, cancellationToken, reloadTemplates: true);
        Terminal.Err.MarkupLine(Terminal.Markup($"[green]Database {workspace.Database.Location} ready:[/] {workspace.Catalog.Indicators.Count} indicators, {workspace.Agencies.Agencies.Count} agencies."));
        return 0;
    }
}
