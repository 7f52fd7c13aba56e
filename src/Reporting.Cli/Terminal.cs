using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Spectre.Console;

namespace Reporting.Cli;

/// <summary>
/// Where a command writes: data to stdout, progress and messages to stderr, so that
/// `--format json|csv` leaves nothing but the data on stdout.
/// </summary>
public sealed class Terminal(TextWriter stdout, TextWriter stderr, bool stdoutIsTerminal = false, bool stderrIsTerminal = false)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public IAnsiConsole Out { get; } = Console(stdout, stdoutIsTerminal);

    public IAnsiConsole Err { get; } = Console(stderr, stderrIsTerminal);

    public TextWriter Data => stdout;

    /// <summary>Stderr as plain text.</summary>
    public TextWriter Messages => stderr;

    /// <summary>Markup whose interpolated values are escaped, so a name like "[x]" prints as is.</summary>
    public static string Markup(FormattableString text) =>
        string.Format(CultureInfo.InvariantCulture, text.Format, text.GetArguments().Select(a => Spectre.Console.Markup.Escape(Convert.ToString(a, CultureInfo.InvariantCulture) ?? string.Empty)).ToArray());

    public void WriteJson<T>(T value) => stdout.WriteLine(JsonSerializer.Serialize(value, Json));

    /// <summary>RFC 4180 CSV with invariant numbers.</summary>
    public void WriteCsv(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows)
    {
        stdout.WriteLine(string.Join(',', header.Select(Quote)));
        foreach (var row in rows)
        {
            stdout.WriteLine(string.Join(',', row.Select(v => Quote(v switch
            {
                null => string.Empty,
                IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                _ => v.ToString() ?? string.Empty,
            }))));
        }
    }

    /// <summary>Colours and wrapping for a terminal; plain, unwrapped text for files, pipes and tests.</summary>
    private static IAnsiConsole Console(TextWriter writer, bool isTerminal)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = isTerminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = isTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = isTerminal ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!isTerminal)
        {
            console.Profile.Width = 4096;
        }

        return console;
    }

    private static string Quote(string text) =>
        text.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;

    /// <summary>Makes stdout and stderr UTF-8 so Vietnamese names survive any terminal.</summary>
    public static Terminal ForConsole()
    {
        System.Console.OutputEncoding = new UTF8Encoding(false);
        return new Terminal(System.Console.Out, System.Console.Error, !System.Console.IsOutputRedirected, !System.Console.IsErrorRedirected);
    }
}
