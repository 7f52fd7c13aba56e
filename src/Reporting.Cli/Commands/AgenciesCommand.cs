using System.CommandLine;
using System.Globalization;
using Reporting.Core.Agencies;
using Reporting.Workflows;
using Spectre.Console;

namespace Reporting.Cli.Commands;

/// <summary>Lists the agencies of the province.</summary>
internal sealed class AgenciesCommand : ReportingCommand
{
    private readonly Option<OutputFormat> formatOption = CliOptions.Format(OutputFormat.Table, OutputFormat.Json, OutputFormat.Csv);

    public AgenciesCommand(CliContext context)
        : base(context, "agencies", "List agencies (code, name, group, frequency, indicators, active dates)", """
            reporting agencies [--format table|json|csv] [--db PATH]

            JSON fields: code, name, group, frequency, indicators, activeFrom, activeUntil (ISO dates or null),
            replaces, contact.
            """)
    {
        Add(formatOption);
    }

    protected override async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        await using var workspace = await Context.OpenAsync(parse, DatabaseAccess.Read, cancellationToken);
        var agencies = workspace.Agencies.Agencies;
        switch (parse.GetValue(formatOption))
        {
            case OutputFormat.Json:
                Terminal.WriteJson(agencies.Select(a => new
                {
                    code = a.Code,
                    name = a.Name,
                    group = a.Group,
                    frequency = a.Frequency.ToText(),
                    indicators = a.Indicators,
                    activeFrom = Iso(a.ActiveFrom),
                    activeUntil = Iso(a.ActiveUntil),
                    replaces = a.Replaces,
                    contact = a.Contact,
                }));
                break;
            case OutputFormat.Csv:
                Terminal.WriteCsv(
                    ["code", "name", "group", "frequency", "indicators", "activeFrom", "activeUntil", "replaces"],
                    agencies.Select(a => (IReadOnlyList<object?>)[a.Code, a.Name, a.Group, a.Frequency.ToText(), string.Join(' ', a.Indicators), Iso(a.ActiveFrom), Iso(a.ActiveUntil), string.Join(' ', a.Replaces)]));
                break;
            default:
                var table = new Table().AddColumns("Code", "Name", "Group", "Frequency", "Indicators", "Active from", "Active until", "Replaces");
                foreach (var a in agencies)
                {
                    table.AddRow(Markup.Escape(a.Code), Markup.Escape(a.Name), a.Group, a.Frequency.ToText(), a.Indicators.Count.ToString(CultureInfo.InvariantCulture), Iso(a.ActiveFrom) ?? string.Empty, Iso(a.ActiveUntil) ?? string.Empty, Markup.Escape(string.Join(", ", a.Replaces)));
                }

                Terminal.Out.Write(table);
                break;
        }

        return 0;
    }

    private static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
