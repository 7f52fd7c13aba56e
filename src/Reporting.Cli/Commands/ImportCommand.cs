using Reporting.Core.Validation;
using Reporting.Workflows.Import;
using Spectre.Console;

namespace Reporting.Cli.Commands;

/// <summary>Imports filled-in workbooks (or CSV files), each as a new version of the agency's report.</summary>
internal sealed class ImportCommand : ICommand
{
    public string Name => "import";

    public string Summary => "Validate and store submitted .xlsx/.csv files (files or folders)";

    public string Help => """
        reporting import PATH... [--dry-run] [--agency CODE --period ID] [--format table|json]

        Each file is validated as a whole and stored as a new version, or rejected with every problem
        listed (file, sheet, cell, indicator, what is wrong); a rejected file changes nothing.
        Re-importing the current version changes nothing; an earlier version imported again after a
        newer one becomes the current version again, as a new version. Folders are searched for .xlsx
        and .csv files, taken in name order, each once; links inside a folder are not followed.
        CSV files need --agency and --period. A file named AGENCY_PERIOD... whose workbook states
        another agency or period is not applied: rename it, or confirm with --agency and --period.
        --dry-run validates without storing. Exit code 1 when any file was rejected.
        """;

    public IReadOnlyList<string> Options => ["dry-run", "agency", "period", "format"];

    public async Task<int> RunAsync(CommandLine line, Terminal terminal, CancellationToken cancellationToken)
    {
        if (line.Arguments.Count == 0)
        {
            throw new UsageException("name at least one file or folder to import");
        }

        var options = new ImportOptions(line.Has("dry-run"), line.Option("agency"), line.OptionalPeriod("period"));
        await using var workspace = await Workspace.OpenAsync(line, cancellationToken);
        var importer = new SubmissionImporter(workspace);
        var files = SubmissionImporter.ExpandPaths(line.Arguments);
        if (files.Count == 0)
        {
            terminal.Err.MarkupLine(Terminal.Markup($"[red]No .xlsx or .csv file found in {string.Join(", ", line.Arguments)}: nothing imported.[/]"));
            return 1;
        }

        var results = new List<FileImportResult>();
        await terminal.Err.Progress().AutoClear(true).StartAsync(async progress =>
        {
            var task = progress.AddTask("Importing", maxValue: Math.Max(files.Count, 1));
            await foreach (var result in importer.ImportFilesAsync(files, options, cancellationToken))
            {
                results.Add(result);
                task.Increment(1);
            }
        });

        if (line.Format == OutputFormat.Json)
        {
            terminal.WriteJson(results.Select(r => new
            {
                file = r.File,
                outcome = r.Outcome.ToString().ToLowerInvariant(),
                agency = r.AgencyCode,
                period = r.Period?.ToString(),
                version = r.Version,
                repeatsVersion = r.RepeatsVersion,
                needsConfirmation = r.NeedsConfirmation,
                issues = r.Issues.Select(i => new { sheet = i.Sheet, cell = i.Cell, indicator = i.IndicatorCode, severity = i.Severity.ToString().ToLowerInvariant(), message = i.Message }),
            }));
        }
        else
        {
            Print(results, terminal);
        }

        return results.Any(r => r.Outcome == ImportOutcome.Rejected) ? 1 : 0;
    }

    private static void Print(List<FileImportResult> results, Terminal terminal)
    {
        foreach (var result in results)
        {
            var status = result.Outcome switch
            {
                ImportOutcome.Stored when result.RepeatsVersion is { } repeated =>
                    $"[green]stored[/] {result.AgencyCode} {result.Period} as version {result.Version}, now the current version: identical to version {repeated}, sent again after a newer one",
                ImportOutcome.Stored => $"[green]stored[/] {result.AgencyCode} {result.Period} as version {result.Version}",
                ImportOutcome.Unchanged => $"[yellow]unchanged[/]: identical to {result.AgencyCode} {result.Period} version {result.Version}, already imported",
                ImportOutcome.Valid => $"[green]valid[/] {result.AgencyCode} {result.Period} (dry run, not stored)",
                _ => $"[red]rejected[/], nothing stored: {result.Errors.Count()} error(s)",
            };
            terminal.Out.MarkupLine($"{Markup.Escape(result.File)}: {status}");
            foreach (var issue in result.Issues)
            {
                var colour = issue.Severity == Severity.Error ? "red" : "yellow";
                terminal.Out.MarkupLine($"  [{colour}]{Markup.Escape(issue.ToString())}[/]");
            }

            if (result.NeedsConfirmation)
            {
                terminal.Out.MarkupLine(Markup.Escape($"  to store it as {result.AgencyCode} {result.Period} all the same: reporting import \"{result.File}\" --agency {result.AgencyCode} --period {result.Period}"));
            }
        }

        var stored = results.Count(r => r.Outcome == ImportOutcome.Stored);
        var rejected = results.Count(r => r.Outcome == ImportOutcome.Rejected);
        var unchanged = results.Count(r => r.Outcome == ImportOutcome.Unchanged);
        terminal.Err.MarkupLine(Terminal.Markup($"{results.Count} file(s): {stored} stored, {unchanged} unchanged, {rejected} rejected."));
    }
}
