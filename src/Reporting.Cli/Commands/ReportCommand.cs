using Reporting.Workflows.Reports;
using Spectre.Console;

namespace Reporting.Cli.Commands;

/// <summary>Writes a period's Excel workbook, PDF summary, Word report document and charts.</summary>
internal sealed class ReportCommand : ICommand
{
    public string Name => "report";

    public string Summary => "Write the period's Excel workbook, PDF summary, Word report and charts";

    public string Help => """
        reporting report --period ID [--compare ID] [--lang vi|en] --out DIR

        Writes DIR/<period>.xlsx, DIR/<period>.pdf, the report document to edit and sign
        DIR/<period>.docx, and the charts as PNG and SVG in DIR/charts/.
        Works for every period kind: 2026-05, 2026-Q2, 2026-H1, 2026-9M, 2026.
        """;

    public IReadOnlyList<string> Options => ["period", "compare", "lang", "out"];

    public async Task<int> RunAsync(CommandLine line, Terminal terminal, CancellationToken cancellationToken)
    {
        var period = line.Period();
        var compare = line.OptionalPeriod("compare");
        var output = line.Required("out");
        await using var workspace = await Workspace.OpenAsync(line, cancellationToken);
        ReportFiles? files = null;
        await terminal.Err.Status().StartAsync("Aggregating and writing reports", async _ =>
        {
            var model = await new ReportModelQuery(workspace).BuildAsync(period, compare, line.Language, cancellationToken);
            files = ReportWriter.Write(model, output);
        });

        terminal.Err.MarkupLine(Terminal.Markup($"[green]Wrote[/] {files!.Workbook}, {files.Pdf}, {files.Document} and {files.Charts.Count} chart files in {Path.Combine(output, "charts")}"));
        return 0;
    }
}
