using Spectre.Console;

namespace Reporting.Cli.Commands;

/// <summary>Creates or upgrades the database and loads the catalog and agency list.</summary>
internal sealed class InitCommand : ICommand
{
    public string Name => "init";

    public string Summary => "Create (or upgrade) the database with the indicator catalog and agency list";

    public string Help => """
        reporting init [--db PATH] [--templates DIR]

        Creates the database (default reporting.db) or upgrades an older one in place, and loads
        templates/indicators.json and templates/agencies.json into it (replacing those it held).
        """;

    public IReadOnlyList<string> Options => [];

    public async Task<int> RunAsync(CommandLine line, Terminal terminal, CancellationToken cancellationToken)
    {
        await using var workspace = await Workspace.OpenAsync(line, cancellationToken, reloadTemplates: true);
        terminal.Err.MarkupLine(Terminal.Markup($"[green]Database {Path.GetFullPath(line.Database)} ready:[/] {workspace.Catalog.Indicators.Count} indicators, {workspace.Agencies.Agencies.Count} agencies."));
        return 0;
    }
}
