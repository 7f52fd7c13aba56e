namespace Reporting.Cli.Commands;

/// <summary>One `reporting` sub-command.</summary>
public interface ICommand
{
    string Name { get; }

    /// <summary>One line for the command list.</summary>
    string Summary { get; }

    /// <summary>Usage and options, printed by --help.</summary>
    string Help { get; }

    /// <summary>Option and flag names the command takes, besides --db, --templates and --help.</summary>
    IReadOnlyList<string> Options { get; }

    Task<int> RunAsync(CommandLine line, Terminal terminal, CancellationToken cancellationToken);
}
