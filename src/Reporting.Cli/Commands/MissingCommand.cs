using System.CommandLine;
using System.Globalization;
using Reporting.Core.Periods;
using Reporting.Core.Submissions;
using Reporting.Workflows;
using Reporting.Workflows.Queries;
using Spectre.Console;

namespace Reporting.Cli.Commands;

/// <summary>Lists agencies that have not submitted for a period, or every submission due soon, with deadlines and days left.</summary>
internal sealed class MissingCommand : ReportingCommand
{
    private readonly Option<PeriodId?> periodOption = CliOptions.OptionalPeriod("--period", CliOptions.PeriodHelp);
    private readonly Option<int?> dueWithinOption = new("--due-within") { HelpName = "DAYS", Description = "Instead of --period: every submission not yet sent that is due from today to DAYS days ahead" };
    private readonly Option<OutputFormat> formatOption = CliOptions.Format(OutputFormat.Table, OutputFormat.Json, OutputFormat.Csv);

    public MissingCommand(CliContext context)
        : base(context, "missing", "List agencies that have not submitted for a period, or whose deadline is near", """
            reporting missing --period ID [--format table|json|csv]
            reporting missing --due-within DAYS [--format table|json|csv]

            With --period, an agency is listed when a submission it owes inside the period (by its frequency
            and the dates it existed) has not arrived, with its deadline from templates/calendar.json (working
            days after the period ends, holidays skipped, or the period's own deadline) and the days left
            (negative when overdue). With --due-within, every owed submission not yet sent whose deadline is
            today or within DAYS days, soonest first: who to remind (`reporting remind` e-mails them).
            JSON fields (--period): code, name, group, missing (period, due, daysLeft, overdue), contact, email.
            JSON fields (--due-within): period, due, daysLeft, code, name, group, contact, email.
            """)
    {
        Add(periodOption);
        Add(dueWithinOption);
        Add(formatOption);
    }

    protected override async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var period = parse.GetValue(periodOption);
        var within = parse.GetValue(dueWithinOption);
        if ((period is null) == (within is null))
        {
            throw new UsageException("give either --period ID or --due-within DAYS");
        }

        if (within is < 0 or > 366)
        {
            throw new UsageException($"--due-within {within}: days must be 0 to 366");
        }

        await using var workspace = await Context.OpenAsync(parse, DatabaseAccess.Read, cancellationToken);
        var format = parse.GetValue(formatOption);
        if (within is { } days)
        {
            PrintDueSoon(await new MissingQuery(workspace).DueWithinAsync(days, cancellationToken), days, format);
            return 0;
        }

        var owed = await new MissingQuery(workspace).OwedAsync(period!.Value, cancellationToken);
        var byAgency = owed.GroupBy(o => o.Agency).ToList();
        switch (format)
        {
            case OutputFormat.Json:
                Terminal.WriteJson(byAgency.Select(g => new
                {
                    code = g.Key.Code,
                    name = g.Key.Name,
                    group = g.Key.Group,
                    missing = g.Select(o => new { period = o.Period.ToString(), due = Iso(o.Due), daysLeft = o.DaysLeft, overdue = o.Overdue }),
                    contact = g.Key.Contact,
                    email = g.Key.Email,
                }));
                break;
            case OutputFormat.Csv:
                Terminal.WriteCsv(["code", "name", "group", "missing", "contact", "email"], byAgency.Select(g => (IReadOnlyList<object?>)[g.Key.Code, g.Key.Name, g.Key.Group, string.Join(' ', g.Select(o => $"{o.Period}:{Iso(o.Due)}:{o.DaysLeft}")), g.Key.Contact, g.Key.Email]));
                break;
            default:
                var table = new Table().AddColumns("Code", "Agency", "Group", "Missing (due, days left)", "Contact");
                foreach (var g in byAgency)
                {
                    table.AddRow(Markup.Escape(g.Key.Code), Markup.Escape(g.Key.Name), g.Key.Group, Markup.Escape(string.Join(", ", g.Select(o => $"{o.Period} (due {Iso(o.Due)}, {Left(o)})"))), Markup.Escape(g.Key.Contact ?? string.Empty));
                }

                Terminal.Out.Write(table);
                Terminal.Out.MarkupLine(Terminal.Markup($"{byAgency.Count} agencies have not submitted everything for {period}; {workspace.Calendar.RuleText}, holidays skipped."));
                break;
        }

        return 0;
    }

    private void PrintDueSoon(IReadOnlyList<DueSubmission> due, int days, OutputFormat format)
    {
        switch (format)
        {
            case OutputFormat.Json:
                Terminal.WriteJson(due.Select(o => new { period = o.Period.ToString(), due = Iso(o.Due), daysLeft = o.DaysLeft, code = o.Agency.Code, name = o.Agency.Name, group = o.Agency.Group, contact = o.Agency.Contact, email = o.Agency.Email }));
                break;
            case OutputFormat.Csv:
                Terminal.WriteCsv(["period", "due", "daysLeft", "code", "name", "group", "contact", "email"], due.Select(o => (IReadOnlyList<object?>)[o.Period.ToString(), Iso(o.Due), o.DaysLeft, o.Agency.Code, o.Agency.Name, o.Agency.Group, o.Agency.Contact, o.Agency.Email]));
                break;
            default:
                var table = new Table().AddColumns("Period", "Due", "Days left", "Code", "Agency", "E-mail");
                foreach (var o in due)
                {
                    table.AddRow(o.Period.ToString(), Iso(o.Due), Left(o), Markup.Escape(o.Agency.Code), Markup.Escape(o.Agency.Name), Markup.Escape(o.Agency.Email ?? "-"));
                }

                Terminal.Out.Write(table);
                var periods = due.Select(o => o.Period).Distinct().Count();
                Terminal.Out.MarkupLine(Terminal.Markup($"{due.Count} submission(s) of {periods} period(s) not yet sent and due within {days} days."));
                break;
        }
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Left(DueSubmission owed) => owed.DaysLeft switch
    {
        0 => "due today",
        > 0 => string.Create(CultureInfo.InvariantCulture, $"{owed.DaysLeft} days left"),
        _ => string.Create(CultureInfo.InvariantCulture, $"overdue {-owed.DaysLeft} days"),
    };
}
