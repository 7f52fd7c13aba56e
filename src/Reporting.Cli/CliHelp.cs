using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using Reporting.Cli.Commands;
using Spectre.Console;

namespace Reporting.Cli;

/// <summary>
/// Help as `reporting` prints it: a command's usage and notes (written by hand, with examples), then its options as the
/// parser knows them, so the list can never disagree with what is accepted.
/// </summary>
internal sealed class CliHelp(Terminal terminal) : SynchronousCommandLineAction
{
    public const string Title = "reporting: digital-transformation KPI reporting for a province";

    public override bool ClearsParseErrors => true;

    public override int Invoke(ParseResult parseResult)
    {
        if (parseResult.CommandResult.Command is ReportingCommand command)
        {
            Write(command, terminal.Out);
        }
        else
        {
            Overview(parseResult.RootCommandResult.Command, terminal.Out);
        }

        return 0;
    }

    public static void Write(ReportingCommand command, IAnsiConsole console)
    {
        console.WriteLine(command.Usage);
        console.WriteLine();
        console.WriteLine("Options:");
        var options = command.Options.Concat(command.Parents.OfType<Command>().SelectMany(p => p.Options).Where(o => o.Recursive))
            .Where(o => o is not HelpOption && !o.Hidden)
            .Select(o => (Name: o.ValueType == typeof(bool) ? o.Name : $"{o.Name} {o.HelpName ?? "VALUE"}", o.Description))
            .Append(("--help", "Show this help"))
            .ToList();
        var width = options.Max(o => o.Item1.Length) + 2;
        foreach (var (name, description) in options)
        {
            console.WriteLine($"  {name.PadRight(width)}{description}");
        }
    }

    public static void Overview(Command root, IAnsiConsole console)
    {
        console.WriteLine(Title);
        console.WriteLine();
        foreach (var command in root.Subcommands.Where(c => !c.Hidden))
        {
            console.WriteLine($"  {command.Name,-12} {command.Description}");
        }

        console.WriteLine();
        console.WriteLine("Every command takes --db PATH (default reporting.db) and --help.");
    }
}
