using System.CommandLine;
using Reporting.Core.Catalog;
using System.Globalization;
using Reporting.Core.Periods;
using Reporting.Core.Reports;
using Spectre.Console;

using Reporting.Workflows;
using Reporting.Workflows.Queries;

namespace Reporting.Cli.Commands;

/// <summary>Lists stored submissions, superseded versions included, or the values of one version.</summary>
internal sealed class SubmissionsCommand : ReportingCommand
{
    private readonly Option<PeriodId?> periodOption = CliOptions.OptionalPeriod("--period", "Only submissions inside this period");
    private readonly Option<string?> agencyOption = CliOptions.Text("--agency", "CODE", "Only this agency's submissions");
    private readonly Option<long?> idOption = new Option<long?>("--id") { HelpName = "N", Description = "The values of one stored version" };
    private readonly Option<OutputFormat> formatOption = CliOptions.Format(OutputFormat.Table, OutputFormat.Json, OutputFormat.Csv);
    private readonly Option<Language> langOption = CliOptions.Language();

    public SubmissionsCommand(CliContext context)
        : base(context, "submissions", "List stored submissions and their versions, or the values of one (--id)", """
            reporting submissions [--period ID] [--agency CODE] [--format table|json|csv] [--lang vi|en]
            reporting submissions --id N [--format table|json|csv]

            Every version is kept: a newer submission for the same agency and period supersedes the
            earlier one, which stays listed here (current = false) and readable with --id.
            """)
    {
        Add(periodOption);
        Add(agencyOption);
        Add(idOption);
        Add(formatOption);
        Add(langOption);
    }

    protected override async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        await using var workspace = await Context.OpenAsync(parse, DatabaseAccess.Read, cancellationToken);
        if (parse.GetValue(idOption) is { } id)
        {
            var values = await new SubmissionHistoryQuery(workspace).ValuesOfAsync(id, cancellationToken);
            if (parse.GetValue(formatOption) == OutputFormat.Json)
            {
                Terminal.WriteJson(values.Select(v => new { indicator = v.IndicatorCode, value = v.Value, cell = v.Cell, estimate = v.IsEstimate }));
            }
            else
            {
                Terminal.WriteCsv(["indicator", "value", "cell", "estimate"], values.Select(v => (IReadOnlyList<object?>)[v.IndicatorCode, v.Value, v.Cell, v.IsEstimate]));
            }

            return 0;
        }

        var period = parse.GetValue(periodOption);
        var from = period?.FirstMonth ?? new YearMonth(2000, 1);
        var to = period?.LastMonth ?? new YearMonth(2100, 12);
        var agency = parse.GetValue(agencyOption);
        var list = (await new SubmissionHistoryQuery(workspace).BetweenAsync(from, to, includeSuperseded: true, cancellationToken))
            .Where(s => agency is null || s.AgencyCode == agency)
            .ToList();
        switch (parse.GetValue(formatOption))
        {
            case OutputFormat.Json:
                Terminal.WriteJson(list.Select(s => new { id = s.Id, agency = s.AgencyCode, period = s.Period.ToString(), version = s.Version, current = s.IsCurrent, file = s.SourceFile, sha256 = s.Sha256, receivedAt = workspace.Clock.InProvince(s.ReceivedAt), values = s.ValueCount, estimate = s.IsEstimate, estimateValues = s.EstimateCount }));
                break;
            case OutputFormat.Csv:
                Terminal.WriteCsv(["id", "agency", "period", "version", "current", "file", "sha256", "receivedAt", "estimate", "estimateValues"], list.Select(s => (IReadOnlyList<object?>)[s.Id, s.AgencyCode, s.Period.ToString(), s.Version, s.IsCurrent, s.SourceFile, s.Sha256, workspace.Clock.InProvince(s.ReceivedAt).ToString("O", CultureInfo.InvariantCulture), s.IsEstimate, s.EstimateCount]));
                break;
            default:
                var language = parse.GetValue(langOption);
                var table = new Table().AddColumns("Id", "Agency", "Period", "Version", "Current", "Figures", "File", "Received", "Values");
                foreach (var s in list)
                {
                    table.AddRow(s.Id.ToString(CultureInfo.InvariantCulture), Markup.Escape(s.AgencyCode), s.Period.ToString(), s.Version.ToString(CultureInfo.InvariantCulture), s.IsCurrent ? "yes" : "superseded", Markup.Escape(ReportFormat.VersionKind(s, language)), Markup.Escape(s.SourceFile), ReportFormat.Time(s.ReceivedAt, workspace.Clock, language), s.ValueCount.ToString(CultureInfo.InvariantCulture));
                }

                Terminal.Out.Write(table);
                break;
        }

        return 0;
    }
}
