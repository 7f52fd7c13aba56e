using System.CommandLine;
using Reporting.Core.Catalog;
using Reporting.Core.Periods;
using Reporting.Workflows;
using Reporting.Workflows.Issue;
using Reporting.Workflows.Reports;
using Spectre.Console;

namespace Reporting.Cli.Commands;

/// <summary>Writes a period's Excel workbook, PDF summary, Word report document and charts.</summary>
internal sealed class ReportCommand : ReportingCommand
{
    private readonly Option<PeriodId> periodOption = CliOptions.Period();
    private readonly Option<PeriodId?> compareOption = CliOptions.OptionalPeriod("--compare", "The period to compare with (default: the same period a year earlier)");
    private readonly Option<Language> langOption = CliOptions.Language();
    private readonly Option<string?> outputOption = CliOptions.Text("--out", "DIR", "The folder to write the reports into", required: true);
    private readonly Option<bool> acceptedOnlyOption = CliOptions.Flag("--accepted-only", "The period's figures from accepted submissions only");
    private readonly Option<bool> asIssuedOption = CliOptions.Flag("--as-issued", "The files of the period's issued report, byte for byte as issued");

    public ReportCommand(CliContext context)
        : base(context, "report", "Write the period's Excel workbook, PDF summary, Word report and charts", """
            reporting report --period ID [--compare ID] [--lang vi|en] [--accepted-only] --out DIR
            reporting report --period ID --as-issued --out DIR

            Writes DIR/<period>.xlsx, DIR/<period>.pdf, the report document to edit and sign
            DIR/<period>.docx, and the charts as PNG and SVG in DIR/charts/.
            Works for every period kind: 2026-05, 2026-Q2, 2026-H1, 2026-9M, 2026.
            --accepted-only counts only the versions an analyst accepted in the period's figures.
            --as-issued writes the .xlsx, .pdf and .docx of the period's latest issued report exactly as
            they were issued (`reporting issue`), whatever was corrected since; exit code 1 when none was.
            """)
    {
        Add(periodOption);
        Add(compareOption);
        Add(langOption);
        Add(outputOption);
        Add(acceptedOnlyOption);
        Add(asIssuedOption);
    }

    protected override async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var period = parse.GetValue(periodOption);
        var compare = parse.GetValue(compareOption);
        var output = parse.GetValue(outputOption)!;
        await using var workspace = await Context.OpenAsync(parse, DatabaseAccess.Read, cancellationToken);
        if (parse.GetValue(asIssuedOption))
        {
            var issued = await new PeriodIssue(workspace).WriteAsIssuedAsync(period, output, cancellationToken);
            if (issued.Refusal is { } refusal)
            {
                Terminal.Err.MarkupLine(Terminal.Markup($"[red]{refusal.Message}[/]"));
                return 1;
            }

            var at = workspace.Clock.InProvince(issued.Report!.IssuedAt).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
            Terminal.Err.MarkupLine(Terminal.Markup($"[green]Wrote[/] the report issued by {issued.Report.IssuedBy} on {at}: {string.Join(", ", issued.Files)}"));
            return 0;
        }

        ReportFiles? files = null;
        await Terminal.Err.Status().StartAsync("Aggregating and writing reports", async _ =>
        {
            files = await new PeriodReports(workspace).WriteAsync(period, compare, parse.GetValue(langOption), output, parse.GetValue(acceptedOnlyOption), cancellationToken);
        });

        Terminal.Err.MarkupLine(Terminal.Markup($"[green]Wrote[/] {files!.Workbook}, {files.Pdf}, {files.Document} and {files.Charts.Count} chart files in {Path.Combine(output, "charts")}"));
        return 0;
    }
}
