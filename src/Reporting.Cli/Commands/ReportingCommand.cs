using System.CommandLine;
using Reporting.Data.Opening;

using Spectre.Console;

namespace Reporting.Cli.Commands;

/// <summary>
/// One `reporting` sub-command: its options, its usage text, and its work. Turns the errors a person can meet into
/// messages and exit codes, in one place: 2 for wrong arguments, 3 when the database or a file cannot be used as asked,
/// 130 when interrupted.
/// </summary>
internal abstract class ReportingCommand : Command
{
    public const int UsageError = 2;
    public const int EnvironmentError = 3;
    public const int Interrupted = 130;

    protected ReportingCommand(CliContext context, string name, string summary, string usage)
        : base(name, summary)
    {
        Context = context;
        Usage = usage;
        SetAction(InvokeAsync);
    }

    /// <summary>Usage lines and notes, printed by --help above the options.</summary>
    public string Usage { get; }

    protected CliContext Context { get; }

    protected Terminal Terminal => Context.Terminal;

    protected abstract Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken);

    private async Task<int> InvokeAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        try
        {
            return await RunAsync(parse, cancellationToken);
        }
        catch (UsageException e)
        {
            Terminal.Err.MarkupLine(Terminal.Markup($"[red]{e.Message}[/]"));
            CliHelp.Write(this, Terminal.Err);
            return UsageError;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            Terminal.Err.MarkupLine("[yellow]Interrupted: nothing was left half-done.[/]");
            return Interrupted;
        }
        catch (Exception e) when (StorageFailure.Describe(e, DatabaseLocation.NameOf(parse.GetValue(Context.Database))) is { } failure)
        {
            Terminal.Err.MarkupLine(Terminal.Markup($"[red]{failure}[/]"));
            return EnvironmentError;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            Terminal.Err.MarkupLine(Terminal.Markup($"[red]{e.Message}[/]"));
            return EnvironmentError;
        }
    }
}
