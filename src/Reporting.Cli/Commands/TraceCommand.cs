using System.Globalization;
using Reporting.Core.Reports;
using Reporting.Workflows.Queries;
using Spectre.Console;

namespace Reporting.Cli.Commands;

/// <summary>Shows the submissions and cells an aggregated figure came from.</summary>
internal sealed class TraceCommand : ICommand
{
    public string Name => "trace";

    public string Summary => "Show the submissions and cells a province-wide figure came from";

    public string Help => """
        reporting trace --period ID --indicator CODE [--format table|json|csv]

        Lists every stored value that went into the figure: agency, submission period, submission id
        and version file, cell, value. For a derived indicator, the values of its parts.
        """;

    public IReadOnlyList<string> Options => ["period", "indicator", "format"];

    public async Task<int> RunAsync(CommandLine line, Terminal terminal, CancellationToken cancellationToken)
    {
        var period = line.Period();
        var code = line.Required("indicator");
        await using var workspace = await Workspace.OpenAsync(line, cancellationToken);
        var indicator = workspace.Catalog.Find(code) ?? throw new UsageException($"--indicator {code}: no such indicator (see `reporting indicators`)");
        var summary = await new SummaryQuery(workspace).BuildAsync(period, withCells: true, cancellationToken: cancellationToken);
        var figure = summary.Current.Province(code);
        var sources = figure.Sources.OrderBy(s => s.IndicatorCode, StringComparer.Ordinal).ThenBy(s => s.AgencyCode, StringComparer.Ordinal).ThenBy(s => s.Period).ToList();
        switch (line.Format)
        {
            case OutputFormat.Json:
                terminal.WriteJson(new
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
                terminal.WriteCsv(["indicator", "agency", "period", "submission", "file", "cell", "value"], sources.Select(s => (IReadOnlyList<object?>)[s.IndicatorCode, s.AgencyCode, s.Period.ToString(), s.SubmissionId, s.SourceFile, s.Cell, s.Value]));
                break;
            default:
                terminal.Out.MarkupLine(Terminal.Markup($"[bold]{code}[/] {indicator.NameVi}, {period}: {ReportFormat.Value(indicator, figure.Value, line.Language)} {indicator.UnitVi} ({figure.Reported}/{figure.Expected} agencies{(figure.Complete ? string.Empty : ", incomplete")})"));
                if (indicator.Formula is { } formula)
                {
                    terminal.Out.MarkupLine(Terminal.Markup($"Derived: {formula.Text}, from the aggregated parts below."));
                }

                var table = new Table().AddColumns("Indicator", "Agency", "Period", "Submission", "File", "Cell").AddColumn(new TableColumn("Value").RightAligned());
                foreach (var s in sources)
                {
                    table.AddRow(s.IndicatorCode, Markup.Escape(s.AgencyCode), s.Period.ToString(), s.SubmissionId.ToString(CultureInfo.InvariantCulture), Markup.Escape(s.SourceFile ?? string.Empty), s.Cell ?? string.Empty, ReportFormat.Submitted(workspace.Catalog[s.IndicatorCode], s.Value, line.Language));
                }

                terminal.Out.Write(table);
                break;
        }

        return 0;
    }
}
