using Reporting.Core.Catalog;
using Reporting.Core.Periods;

namespace Reporting.Cli;

/// <summary>The parsed arguments: a command, its options and its positional arguments.</summary>
public sealed class CommandLine
{
    private static readonly HashSet<string> Flags = new(StringComparer.Ordinal) { "help", "dry-run", "all", "demo" };

    private readonly Dictionary<string, string> options = new(StringComparer.Ordinal);
    private readonly HashSet<string> flags = new(StringComparer.Ordinal);

    private CommandLine(string command) => Command = command;

    public string Command { get; }

    public List<string> Arguments { get; } = [];

    public string Database => Option("db") ?? "reporting.db";

    public string? Templates => Option("templates");

    public OutputFormat Format => Option("format") switch
    {
        null or "table" => OutputFormat.Table,
        "json" => OutputFormat.Json,
        "csv" => OutputFormat.Csv,
        var other => throw new UsageException($"--format {other}: use table, json or csv"),
    };

    public Language Language => Option("lang") switch
    {
        null or "vi" => Language.Vietnamese,
        "en" => Language.English,
        var other => throw new UsageException($"--lang {other}: use vi or en"),
    };

    public static CommandLine Parse(string[] args)
    {
        var command = args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal) ? args[0] : "help";
        var line = new CommandLine(command);
        for (var i = command == "help" && (args.Length == 0 || args[0] != "help") ? 0 : 1; i < args.Length; i++)
        {
            var arg = args[i];
            if (arg is "-h" or "--help")
            {
                line.flags.Add("help");
            }
            else if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                var name = arg[2..];
                var eq = name.IndexOf('=', StringComparison.Ordinal);
                if (eq > 0)
                {
                    line.options[name[..eq]] = name[(eq + 1)..];
                }
                else if (Flags.Contains(name))
                {
                    line.flags.Add(name);
                }
                else if (i + 1 < args.Length)
                {
                    line.options[name] = args[++i];
                }
                else
                {
                    throw new UsageException($"--{name} needs a value");
                }
            }
            else
            {
                line.Arguments.Add(arg);
            }
        }

        return line;
    }

    public bool Has(string flag) => flags.Contains(flag);

    public string? Option(string name) => options.GetValueOrDefault(name);

    public string Required(string name) => Option(name) ?? throw new UsageException($"--{name} is required");

    public PeriodId Period(string name = "period") => ParsePeriod(name, Required(name));

    public PeriodId? OptionalPeriod(string name) => Option(name) is { } text ? ParsePeriod(name, text) : null;

    /// <summary>Options given that the command does not know: a typo should not be silently ignored.</summary>
    public IEnumerable<string> Unknown(IEnumerable<string> known) =>
        options.Keys.Concat(flags).Except(known.Concat(["db", "templates", "help"]), StringComparer.Ordinal);

    private static PeriodId ParsePeriod(string name, string text) =>
        PeriodId.TryParse(text, out var period, out var error) ? period : throw new UsageException($"--{name}: {error}");
}
