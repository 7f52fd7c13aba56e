using System.Globalization;
using Reporting.Workflows.Queries;
using Spectre.Console;

namespace Reporting.Cli.Commands;

/// <summary>Lists agencies that have not submitted for a period.</summary>
internal sealed class MissingCommand : ICommand
{
    public string Name => "missing";

    public string Summary => "List agencies that have not submitted for a period";

    public string Help => """
        reporting missing --period ID [--format table|json|csv]

        An agency is listed when a submission it owes inside the period (by its frequency and the
        dates it existed) has not arrived, with its due date from templates/calendar.json.
        JSON fields: code, name, group, missing (period, due, overdue), contact.
        """;

    public IReadOnlyList<string> Options => ["period", "format"];

    public async Task<int> RunAsync(CommandLine line, Terminal terminal, CancellationToken cancellationToken)
    {
        var period = line.Period();
        await using var workspace = await Workspace.OpenAsync(line, cancellationToken);
        var missing = await new MissingQuery(workspace).ListAsync(period, cancellationToken);
        var today = workspace.Clock.Today;
        var calendar = workspace.Calendar;
        string Due(Core.Periods.PeriodId p) => calendar.Due(p).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + (calendar.Due(p) < today ? " (overdue)" : string.Empty);
        switch (line.Format)
        {
            case OutputFormat.Json:
                terminal.WriteJson(missing.Select(m => new { code = m.Agency.Code, name = m.Agency.Name, group = m.Agency.Group, missing = m.MissingPeriods.Select(p => new { period = p.ToString(), due = calendar.Due(p).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), overdue = calendar.Due(p) < today }), contact = m.Agency.Contact }));
                break;
            case OutputFormat.Csv:
                terminal.WriteCsv(["code", "name", "group", "missing", "contact"], missing.Select(m => (IReadOnlyList<object?>)[m.Agency.Code, m.Agency.Name, m.Agency.Group, string.Join(' ', m.MissingPeriods.Select(p => $"{p}:{Due(p)}")), m.Agency.Contact]));
                break;
            default:
                var table = new Table().AddColumns("Code", "Agency", "Group", "Missing (due)", "Contact");
                foreach (var m in missing)
                {
                    table.AddRow(Markup.Escape(m.Agency.Code), Markup.Escape(m.Agency.Name), m.Agency.Group, Markup.Escape(string.Join(", ", m.MissingPeriods.Select(p => $"{p} ({Due(p)})"))), Markup.Escape(m.Agency.Contact ?? string.Empty));
                }

                terminal.Out.Write(table);
                terminal.Out.MarkupLine(Terminal.Markup($"{missing.Count} agencies have not submitted everything for {period}."));
                break;
        }

        return 0;
    }
}
