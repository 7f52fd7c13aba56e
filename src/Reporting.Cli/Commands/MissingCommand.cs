using System.CommandLine;
using Reporting.Core.Periods;
using System.Globalization;
using Reporting.Workflows.Queries;
using Spectre.Console;

using Reporting.Workflows;

namespace Reporting.Cli.Commands;

/// <summary>Lists agencies that have not submitted for a period.</summary>
internal sealed class MissingCommand : ReportingCommand
{
    private readonly Option<PeriodId> periodOption = CliOptions.Period();
    private readonly Option<OutputFormat> formatOption = CliOptions.Format(OutputFormat.Table, OutputFormat.Json, OutputFormat.Csv);

    public MissingCommand(CliContext context)
        : base(context, "missing", "List agencies that have not submitted for a period", """
            reporting missing --period ID [--format table|json|csv]

            An agency is listed when a submission it owes inside the period (by its frequency and the
            dates it existed) has not arrived, with its due date from templates/calendar.json.
            JSON fields: code, name, group, missing (period, due, overdue), contact.
            """)
    {
        Add(periodOption);
        Add(formatOption);
    }

    protected override async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var period = parse.GetValue(periodOption);
        await using var workspace = await Context.OpenAsync(parse, DatabaseAccess.Read, cancellationToken);
        var missing = await new MissingQuery(workspace).ListAsync(period, cancellationToken);
        var today = workspace.Clock.Today;
        var calendar = workspace.Calendar;
        string Due(Core.Periods.PeriodId p) => calendar.Due(p).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + (calendar.Due(p) < today ? " (overdue)" : string.Empty);
        switch (parse.GetValue(formatOption))
        {
            case OutputFormat.Json:
                Terminal.WriteJson(missing.Select(m => new { code = m.Agency.Code, name = m.Agency.Name, group = m.Agency.Group, missing = m.MissingPeriods.Select(p => new { period = p.ToString(), due = calendar.Due(p).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), overdue = calendar.Due(p) < today }), contact = m.Agency.Contact }));
                break;
            case OutputFormat.Csv:
                Terminal.WriteCsv(["code", "name", "group", "missing", "contact"], missing.Select(m => (IReadOnlyList<object?>)[m.Agency.Code, m.Agency.Name, m.Agency.Group, string.Join(' ', m.MissingPeriods.Select(p => $"{p}:{Due(p)}")), m.Agency.Contact]));
                break;
            default:
                var table = new Table().AddColumns("Code", "Agency", "Group", "Missing (due)", "Contact");
                foreach (var m in missing)
                {
                    table.AddRow(Markup.Escape(m.Agency.Code), Markup.Escape(m.Agency.Name), m.Agency.Group, Markup.Escape(string.Join(", ", m.MissingPeriods.Select(p => $"{p} ({Due(p)})"))), Markup.Escape(m.Agency.Contact ?? string.Empty));
                }

                Terminal.Out.Write(table);
                Terminal.Out.MarkupLine(Terminal.Markup($"{missing.Count} agencies have not submitted everything for {period}."));
                break;
        }

        return 0;
    }
}
