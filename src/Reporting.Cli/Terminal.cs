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
public sealed class Terminal(TextWriter stdout, TextWriter stderr)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public IAnsiConsole Out { get; } = Wide(AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(stdout) }));

    public IAnsiConsole Err { get; } = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(stderr) });

    public TextWriter Data => stdout;

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

    /// <summary>Redirected output has no width: do not wrap lines at 80 columns in logs and files.</summary>
    private static IAnsiConsole Wide(IAnsiConsole console)
    {
        if (console.Profile.Width <= 80 && !console.Profile.Capabilities.Interactive)
        {
            console.Profile.Width = 250;
        }

        return console;
    }

    private static string Quote(string text) =>
        text.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;

    /// <summary>Makes stdout and stderr UTF-8 so Vietnamese names survive any terminal.</summary>
    public static Terminal ForConsole()
    {
        Console.OutputEncoding = new UTF8Encoding(false);
        return new Terminal(Console.Out, Console.Error);
    }
}
