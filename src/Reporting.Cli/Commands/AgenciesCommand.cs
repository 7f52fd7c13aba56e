using System.Globalization;
using Reporting.Core.Agencies;
using Spectre.Console;

namespace Reporting.Cli.Commands;

/// <summary>Lists the agencies of the province.</summary>
internal sealed class AgenciesCommand : ICommand
{
    public string Name => "agencies";

    public string Summary => "List agencies (code, name, group, frequency, indicators, active dates)";

    public string Help => """
        reporting agencies [--format table|json|csv] [--db PATH]

        JSON fields: code, name, group, frequency, indicators, activeFrom, activeUntil (ISO dates or null),
        replaces, contact.
        """;

    public IReadOnlyList<string> Options => ["format"];

    public async Task<int> RunAsync(CommandLine line, Terminal terminal, CancellationToken cancellationToken)
    {
        await using var workspace = await Workspace.OpenAsync(line, cancellationToken);
        var agencies = workspace.Agencies.Agencies;
        switch (line.Format)
        {
            case OutputFormat.Json:
                terminal.WriteJson(agencies.Select(a => new
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
                terminal.WriteCsv(
                    ["code", "name", "group", "frequency", "indicators", "activeFrom", "activeUntil", "replaces"],
                    agencies.Select(a => (IReadOnlyList<object?>)[a.Code, a.Name, a.Group, a.Frequency.ToText(), string.Join(' ', a.Indicators), Iso(a.ActiveFrom), Iso(a.ActiveUntil), string.Join(' ', a.Replaces)]));
                break;
            default:
                var table = new Table().AddColumns("Code", "Name", "Group", "Frequency", "Indicators", "Active from", "Active until", "Replaces");
                foreach (var a in agencies)
                {
                    table.AddRow(Markup.Escape(a.Code), Markup.Escape(a.Name), a.Group, a.Frequency.ToText(), a.Indicators.Count.ToString(CultureInfo.InvariantCulture), Iso(a.ActiveFrom) ?? string.Empty, Iso(a.ActiveUntil) ?? string.Empty, Markup.Escape(string.Join(", ", a.Replaces)));
                }

                terminal.Out.Write(table);
                break;
        }

        return 0;
    }

    private static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
