using System.CommandLine;
using Spectre.Console;
using System.CommandLine.Help;
using Reporting.Cli.Commands;

namespace Reporting.Cli;

/// <summary>
/// Parses the command line (System.CommandLine: each command declares its own options, so one command's flag is not
/// another's), then runs the command. Wrong arguments: the errors and the command's help on stderr, exit code 2.
/// </summary>
public static class CliApp
{
    public static async Task<int> RunAsync(string[] args, Terminal terminal, CancellationToken cancellationToken)
    {
        var context = new CliContext(terminal);
        var root = Build(context);
        var parse = root.Parse(args);
        if (parse.Action is CliHelp)
        {
            return await parse.InvokeAsync(Invocation(terminal), cancellationToken);
        }

        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                terminal.Err.MarkupLine(Terminal.Markup($"[red]{error.Message}[/]"));
            }

            if (parse.CommandResult.Command is ReportingCommand command)
            {
                CliHelp.Write(command, terminal.Err);
            }
            else
            {
                CliHelp.Overview(root, terminal.Err);
            }

            return ReportingCommand.UsageError;
        }

        return await parse.InvokeAsync(Invocation(terminal), cancellationToken);
    }

    private static RootCommand Build(CliContext context)
    {
        var root = new RootCommand(CliHelp.Title)
        {
            context.Database,
            context.Templates,
            context.Wait,
            new InitCommand(context),
            new AgenciesCommand(context),
            new IndicatorsCommand(context),
            new TemplateCommand(context),
            new ImportCommand(context),
            new SummaryCommand(context),
            new MissingCommand(context),
            new RemindCommand(context),
            new TraceCommand(context),
            new ReportCommand(context),
            new SubmissionsCommand(context),
            new ServeCommand(context),
            new CopyCommand(context),
            new AuditCommand(context),
            new ReviewCommand(context),
            new AcceptCommand(context),
            new ReturnCommand(context),
            new IssueCommand(context),
            new ReopenCommand(context),
        };

        // `reporting` and `reporting help` print the overview; --help anywhere prints that command's help.
        var help = new CliHelp(context.Terminal);
        root.Options.OfType<HelpOption>().Single().Action = help;
        root.SetAction(_ => help.Invoke(root.Parse([])));
        var helpCommand = new Command("help", "Show the commands") { Hidden = true };
        helpCommand.SetAction(_ => help.Invoke(root.Parse([])));
        root.Add(helpCommand);
        return root;
    }

    /// <summary>Output goes through <see cref="Terminal"/>; interruption is the caller's token (see Program).</summary>
    private static InvocationConfiguration Invocation(Terminal terminal) => new()
    {
        Output = terminal.Data,
        Error = terminal.Messages,
        EnableDefaultExceptionHandler = false,
        ProcessTerminationTimeout = null,
    };
}
