using System.CommandLine;
using System.Globalization;
using Reporting.Core.Periods;
using Reporting.Workflows;
using Reporting.Workflows.Audit;
using Spectre.Console;

namespace Reporting.Cli.Commands;

/// <summary>Lists the audit log: who did what, when, from where, with the values before and after.</summary>
internal sealed class AuditCommand : ReportingCommand
{
    private readonly Option<PeriodId?> periodOption = CliOptions.OptionalPeriod("--period", "Only entries about this period");
    private readonly Option<string?> agencyOption = CliOptions.Text("--agency", "CODE", "Only entries about this agency");
    private readonly Option<string?> sinceOption = CliOptions.Text("--since", "DATE", "Only entries from this day on (YYYY-MM-DD, in the province's time zone)");
    private readonly Option<OutputFormat> formatOption = CliOptions.Format(OutputFormat.Table, OutputFormat.Json, OutputFormat.Csv);

    public AuditCommand(CliContext context)
        : base(context, "audit", "List the audit log (who did what, when, from where, values before and after)", """
            reporting audit [--period ID] [--agency CODE] [--since YYYY-MM-DD] [--format table|json|csv]

            The log is append-only: every stored submission, acceptance, return, issue, lock and reopening,
            catalog, target, user and role change and failed login, oldest first. Times are UTC.
            CSV columns (the portal's export too): id, at, actor, origin, action, period, agency,
            submission, before, after (before and after as JSON).
            """)
    {
        Add(periodOption);
        Add(agencyOption);
        Add(sinceOption);
        Add(formatOption);
    }

    protected override async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        DateOnly? since = null;
        if (parse.GetValue(sinceOption) is { } sinceText)
        {
            since = DateOnly.TryParseExact(sinceText.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                ? day
                : throw new UsageException($"--since {sinceText}: not a date (YYYY-MM-DD)");
        }

        await using var workspace = await Context.OpenAsync(parse, DatabaseAccess.Read, cancellationToken);
        var entries = await new AuditQuery(workspace).ListAsync(new AuditFilter(parse.GetValue(periodOption), parse.GetValue(agencyOption), since), cancellationToken);
        switch (parse.GetValue(formatOption))
        {
            case OutputFormat.Json:
                Terminal.WriteJson(entries.Select(e => new
                {
                    id = e.Id,
                    at = e.At.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
                    actor = e.Actor,
                    origin = e.Origin,
                    action = e.Action,
                    period = e.Period,
                    agency = e.AgencyCode,
                    submission = e.SubmissionId,
                    before = e.Before,
                    after = e.After,
                }));
                break;
            case OutputFormat.Csv:
                Terminal.Data.Write(AuditQuery.Csv(entries));
                break;
            default:
                var table = new Table().AddColumns("Id", "At (UTC)", "Actor", "Origin", "Action", "Period", "Agency", "Submission", "Before", "After");
                foreach (var entry in entries)
                {
                    table.AddRow(AuditQuery.Cells(entry).Select(c => Markup.Escape(c ?? string.Empty)).ToArray());
                }

                Terminal.Out.Write(table);
                Terminal.Out.MarkupLine(Terminal.Markup($"{entries.Count} audit entries."));
                break;
        }

        return 0;
    }
}
