using Microsoft.Data.Sqlite;
using Reporting.Cli.Commands;
using Spectre.Console;

namespace Reporting.Cli;

/// <summary>Finds the command, runs it, and turns usage and environment errors into messages and exit codes.</summary>
public static class CliApp
{
    private static readonly ICommand[] Commands =
    [
        new InitCommand(), new AgenciesCommand(), new IndicatorsCommand(), new TemplateCommand(), new ImportCommand(),
        new SummaryCommand(), new MissingCommand(), new TraceCommand(), new ReportCommand(), new SubmissionsCommand(), new ServeCommand(),
    ];

    public static async Task<int> RunAsync(string[] args, Terminal terminal, CancellationToken cancellationToken)
    {
        CommandLine line;
        try
        {
            line = CommandLine.Parse(args);
        }
        catch (UsageException e)
        {
            terminal.Err.MarkupLine(Terminal.Markup($"[red]{e.Message}[/]"));
            return 2;
        }

        var command = Commands.FirstOrDefault(c => c.Name == line.Command);
        if (command is null)
        {
            PrintOverview(terminal, line.Command == "help" ? null : line.Command);
            return line.Command == "help" ? 0 : 2;
        }

        if (line.Has("help"))
        {
            terminal.Out.WriteLine(command.Help);
            terminal.Out.WriteLine("Every command also takes --db PATH (default reporting.db) and --templates DIR.");
            return 0;
        }

        try
        {
            var unknown = line.Unknown(command.Options).ToList();
            if (unknown.Count > 0)
            {
                throw new UsageException($"unknown option --{unknown[0]} for `reporting {command.Name}`");
            }

            return await command.RunAsync(line, terminal, cancellationToken);
        }
        catch (UsageException e)
        {
            terminal.Err.MarkupLine(Terminal.Markup($"[red]{e.Message}[/]"));
            terminal.Err.WriteLine(command.Help);
            return 2;
        }
        catch (Exception e) when (e is SqliteException or IOException or UnauthorizedAccessException or FormatException)
        {
            terminal.Err.MarkupLine(Terminal.Markup($"[red]{e.Message}[/]"));
            return 3;
        }
    }

    private static void PrintOverview(Terminal terminal, string? unknown)
    {
        if (unknown is not null)
        {
            terminal.Err.MarkupLine(Terminal.Markup($"[red]Unknown command '{unknown}'.[/]"));
        }

        terminal.Out.WriteLine("reporting: digital-transformation KPI reporting for a province");
        terminal.Out.WriteLine();
        foreach (var c in Commands)
        {
            terminal.Out.WriteLine($"  {c.Name,-12} {c.Summary}");
        }

        terminal.Out.WriteLine();
        terminal.Out.WriteLine("Every command takes --db PATH (default reporting.db) and --help.");
    }
}
