using System.CommandLine;
using System.Globalization;
using Reporting.Core.Periods;
using Reporting.Workflows;
using Reporting.Workflows.Review;
using Spectre.Console;

namespace Reporting.Cli.Commands;

/// <summary>Lists a period's submissions waiting for review, oldest first.</summary>
internal sealed class ReviewCommand : ReportingCommand
{
    private readonly Option<PeriodId> periodOption = CliOptions.Period();
    private readonly Option<OutputFormat> formatOption = CliOptions.Format(OutputFormat.Table, OutputFormat.Json);

    public ReviewCommand(CliContext context)
        : base(context, "review", "List a period's submissions waiting for review (oldest first)", """
            reporting review --period ID [--format table|json]

            Each current version not yet accepted or returned, oldest first, with its validation
            warnings and the values it changed against the version it replaced. Decide with
            `reporting accept --id N` or `reporting return --id N --reason TEXT`.
            JSON fields: id, agency, period, version, receivedAt, file, warnings (cell, indicator,
            message, messageVi), changes (indicator, cell, value, previous).
            """)
    {
        Add(periodOption);
        Add(formatOption);
    }

    protected override async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var period = parse.GetValue(periodOption);
        await using var workspace = await Context.OpenAsync(parse, DatabaseAccess.Read, cancellationToken);
        var queue = await new ReviewQueue(workspace).ListAsync(period, cancellationToken);
        if (parse.GetValue(formatOption) == OutputFormat.Json)
        {
            Terminal.WriteJson(queue.Select(q => new
            {
                id = q.Submission.Id,
                agency = q.Submission.AgencyCode,
                period = q.Submission.Period.ToString(),
                version = q.Submission.Version,
                receivedAt = q.Submission.ReceivedAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
                file = q.Submission.SourceFile,
                warnings = q.Warnings.Select(w => new { cell = w.Cell, indicator = w.IndicatorCode, message = w.Message, messageVi = w.MessageVi }),
                changes = q.Changes.Where(c => c.Changed).Select(c => new { indicator = c.IndicatorCode, cell = c.Cell, value = c.Value, previous = c.Previous }),
            }));
            return 0;
        }

        var table = new Table().AddColumns("Id", "Agency", "Version", "Received", "Warnings", "Changed values");
        foreach (var q in queue)
        {
            table.AddRow(
                q.Submission.Id.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(q.Submission.AgencyCode),
                q.Submission.Version.ToString(CultureInfo.InvariantCulture),
                workspace.Clock.InProvince(q.Submission.ReceivedAt).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                Markup.Escape(string.Join("\n", q.Warnings.Select(w => $"{w.Cell} {w.IndicatorCode}: {w.Message}"))),
                Markup.Escape(string.Join("\n", q.Changes.Where(c => c.Changed && q.Submission.Version > 1).Select(c => $"{c.IndicatorCode}: {Number(c.Previous)} -> {Number(c.Value)}"))));
        }

        Terminal.Out.Write(table);
        Terminal.Out.MarkupLine(Terminal.Markup($"{queue.Count} submission(s) of {period} wait for review."));
        return 0;
    }

    private static string Number(decimal? value) => value?.ToString("0.######", CultureInfo.InvariantCulture) ?? "(empty)";
}
