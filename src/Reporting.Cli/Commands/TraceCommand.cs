using System.CommandLine;
using Reporting.Core.Catalog;
using Reporting.Core.Periods;
using System.Globalization;
using Reporting.Core.Reports;
using Reporting.Workflows.Queries;
using Spectre.Console;

using Reporting.Workflows;

namespace Reporting.Cli.Commands;

/// <summary>Shows the submissions and cells an aggregated figure came from.</summary>
internal sealed class TraceCommand : ReportingCommand
{
    private readonly Option<PeriodId> periodOption = CliOptions.Period();
    private readonly Option<string?> indicatorOption = CliOptions.Text("--indicator", "CODE", "The indicator whose figure to trace", required: true);
    private readonly Option<OutputFormat> formatOption = CliOptions.Format(OutputFormat.Table, OutputFormat.Json, OutputFormat.Csv);
    private readonly Option<Language> langOption = CliOptions.Language();

    public TraceCommand(CliContext context)
        : base(context, "trace", "Show the submissions and cells a province-wide figure came from", """
            reporting trace --period ID --indicator CODE [--format table|json|csv] [--lang vi|en]

            Lists every stored value that went into the figure: agency, submission period, submission id
            and version file, cell, value. For a derived indicator, the values of its parts.
            """)
    {
        Add(periodOption);
        Add(indicatorOption);
        Add(formatOption);
        Add(langOption);
    }

    protected override async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var period = parse.GetValue(periodOption);
        var code = parse.GetValue(indicatorOption)!;
        var language = parse.GetValue(langOption);
        await using var workspace = await Context.OpenAsync(parse, DatabaseAccess.Read, cancellationToken);
        var indicator = workspace.Catalog.Find(code) ?? throw new UsageException($"--indicator {code}: no such indicator (see `reporting indicators`)");
        var summary = await new SummaryQuery(workspace).BuildAsync(period, withCells: true, cancellationToken: cancellationToken);
        var figure = summary.Current.Province(code);
        var sources = figure.Sources.OrderBy(s => s.IndicatorCode, StringComparer.Ordinal).ThenBy(s => s.AgencyCode, StringComparer.Ordinal).ThenBy(s => s.Period).ToList();
        switch (parse.GetValue(formatOption))
        {
            case OutputFormat.Json:
                Terminal.WriteJson(new
                {
                    code,
                    period = period.ToString(),
                    value = figure.Value,
                    reported = figure.Reported,
                    expected = figure.Expected,
                    complete = figure.Complete,
                    sources = sources.Select(s => new { indicator = s.IndicatorCode, agency = s.AgencyCode, period = s.Period.ToString(), submission = s.SubmissionId, file = s.SourceFile, cell = s.Cell, value = s.Value }),
                });
                break;
            case OutputFormat.Csv:
                Terminal.WriteCsv(["indicator", "agency", "period", "submission", "file", "cell", "value"], sources.Select(s => (IReadOnlyList<object?>)[s.IndicatorCode, s.AgencyCode, s.Period.ToString(), s.SubmissionId, s.SourceFile, s.Cell, s.Value]));
                break;
            default:
                Terminal.Out.MarkupLine(Terminal.Markup($"[bold]{code}[/] {indicator.Name(language)}, {period}: {ReportFormat.Value(indicator, figure.Value, language)} {indicator.Unit(language)} ({figure.Reported}/{figure.Expected} agencies{(figure.Complete ? string.Empty : ", incomplete")})"));
                if (indicator.Formula is { } formula)
                {
                    Terminal.Out.MarkupLine(Terminal.Markup($"Derived: {formula.Text}, from the aggregated parts below."));
                }

                var table = new Table().AddColumns("Indicator", "Agency", "Period", "Submission", "File", "Cell").AddColumn(new TableColumn("Value").RightAligned());
                foreach (var s in sources)
                {
                    table.AddRow(s.IndicatorCode, Markup.Escape(s.AgencyCode), s.Period.ToString(), s.SubmissionId.ToString(CultureInfo.InvariantCulture), Markup.Escape(s.SourceFile ?? string.Empty), s.Cell ?? string.Empty, ReportFormat.Submitted(workspace.Catalog[s.IndicatorCode], s.Value, language));
                }

                Terminal.Out.Write(table);
                break;
        }

        return 0;
    }
}
