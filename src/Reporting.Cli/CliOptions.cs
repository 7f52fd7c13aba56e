using System.CommandLine;
using System.CommandLine.Parsing;
using Reporting.Core.Catalog;
using Reporting.Core.Periods;

namespace Reporting.Cli;

/// <summary>The typed options commands share: each parses and checks its value once, so a command receives a valid one.</summary>
internal static class CliOptions
{
    /// <summary>--db, on every command.</summary>
    public static Option<string> Database() => new("--db")
    {
        HelpName = "PATH",
        Description = "The database (default reporting.db)",
        DefaultValueFactory = _ => "reporting.db",
        Recursive = true,
    };

    /// <summary>--templates, on every command: where a new database takes its catalog from.</summary>
    public static Option<string?> Templates() => new("--templates")
    {
        HelpName = "DIR",
        Description = "The templates folder a new database loads (default: the one next to the program)",
        Recursive = true,
    };

    /// <summary>--wait, on every command: how long a write waits for another process's before giving up.</summary>
    public static Option<int> Wait() => new("--wait")
    {
        HelpName = "SECONDS",
        Description = "How long to wait for another process writing to the database before giving up (default 30)",
        DefaultValueFactory = _ => 30,
        Recursive = true,
        Validators = { result => { if (result.GetValueOrDefault<int>() < 0) { result.AddError("--wait: a number of seconds, 0 or more"); } } },
    };

    /// <summary>How a period may be written (<see cref="PeriodText"/>).</summary>
    public const string PeriodHelp = "The period: 2026-05, 2026-Q2, 2026-H1, 2026-9M or 2026, or as written: 6/2026, quý 2/2026, 6 tháng đầu năm 2026";

    public static Option<PeriodId> Period(string name = "--period", bool required = true, string description = PeriodHelp) => new(name)
    {
        HelpName = "ID",
        Description = description,
        Required = required,
        CustomParser = result => ParsePeriod(name, result),
    };

    public static Option<PeriodId?> OptionalPeriod(string name, string description) => new(name)
    {
        HelpName = "ID",
        Description = description,
        CustomParser = result => ParsePeriod(name, result),
    };

    /// <param name="formats">The formats the command can print, the first the default.</param>
    public static Option<OutputFormat> Format(params OutputFormat[] formats) => new Option<OutputFormat>("--format")
    {
        HelpName = string.Join('|', formats.Select(Name)),
        Description = formats.Length > 1 ? "How to print: a table for people, or data only on stdout" : "How to print",
        DefaultValueFactory = _ => formats[0],
        CustomParser = result =>
        {
            var text = result.Tokens.Single().Value;
            var format = formats.FirstOrDefault(f => Name(f) == text);
            if (Name(format) != text)
            {
                result.AddError($"--format {text}: use {string.Join(", ", formats.Select(Name))}");
            }

            return format;
        },
    };

    public static Option<Language> Language() => new("--lang")
    {
        HelpName = "vi|en",
        Description = "Language of names and texts (default Vietnamese)",
        DefaultValueFactory = _ => Core.Catalog.Language.Vietnamese,
        CustomParser = result => result.Tokens.Single().Value switch
        {
            "vi" => Core.Catalog.Language.Vietnamese,
            "en" => Core.Catalog.Language.English,
            var other => Error(result, $"--lang {other}: use vi or en", Core.Catalog.Language.Vietnamese),
        },
    };

    public static Option<bool> Flag(string name, string description) => new(name) { Description = description };

    public static Option<string?> Text(string name, string helpName, string description, bool required = false) => new(name)
    {
        HelpName = helpName,
        Description = description,
        Required = required,
    };

    private static string Name(OutputFormat format) => format.ToString().ToLowerInvariant();

    private static PeriodId ParsePeriod(string name, ArgumentResult result)
    {
        var text = result.Tokens.Single().Value;
        return PeriodText.TryRead(text, out var period, out var error) ? period : Error(result, $"{name} {text}: {error}", default(PeriodId));
    }

    private static T Error<T>(ArgumentResult result, string message, T fallback)
    {
        result.AddError(message);
        return fallback;
    }
}
