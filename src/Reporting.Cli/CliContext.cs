using System.CommandLine;
using Spectre.Console;
using Reporting.Core.Audit;
using Reporting.Workflows;

namespace Reporting.Cli;

/// <summary>What every command of one run shares: where it prints, the options every command takes, how it opens the database.</summary>
internal sealed class CliContext(Terminal terminal)
{
    private readonly HashSet<string> told = new(StringComparer.Ordinal);

    public Terminal Terminal { get; } = terminal;

    public Option<string> Database { get; } = CliOptions.Database();

    public Option<string?> Templates { get; } = CliOptions.Templates();

    public Option<int> Wait { get; } = CliOptions.Wait();

    /// <summary>Who runs the command, for the audit log: <c>cli:</c> and the operating-system user, on this host.</summary>
    public Actor Actor { get; } = Actor.CommandLine(Environment.UserName, Environment.MachineName);

    /// <summary>Opens the database the command line names, as <paramref name="access"/> allows, and one workspace on it.</summary>
    public Task<ReportingWorkspace> OpenAsync(ParseResult parse, DatabaseAccess access, CancellationToken cancellationToken, bool reloadTemplates = false) =>
        ReportingWorkspace.OpenAsync(Opening(parse, access, reloadTemplates), cancellationToken);

    public DatabaseOpening Opening(ParseResult parse, DatabaseAccess access, bool reloadTemplates = false) =>
        new(parse.GetValue(Database)!, access)
        {
            Templates = parse.GetValue(Templates),
            ReloadTemplates = reloadTemplates,
            Actor = Actor,
            BusyTimeout = TimeSpan.FromSeconds(parse.GetValue(Wait)),
            Tell = Tell,
        };

    /// <summary>A message about the environment (a wait, a lock cleared) on stderr, each once.</summary>
    public void Tell(string message)
    {
        lock (told)
        {
            if (told.Add(message))
            {
                Terminal.Err.MarkupLine(Terminal.Markup($"[yellow]{message}[/]"));
            }
        }
    }
}
