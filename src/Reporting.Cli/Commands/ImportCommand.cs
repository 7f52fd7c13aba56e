using System.CommandLine;
using Reporting.Core.Periods;
using Reporting.Core.Submissions;
using Reporting.Core.Validation;
using Reporting.Workflows;
using Reporting.Workflows.Import;
using Spectre.Console;

namespace Reporting.Cli.Commands;

/// <summary>Imports filled-in workbooks (or CSV files), each as a new version of the agency's report.</summary>
internal sealed class ImportCommand : ReportingCommand
{
    private readonly Option<bool> dryRunOption = CliOptions.Flag("--dry-run", "Validate without storing");
    private readonly Option<bool> estimateOption = CliOptions.Flag("--estimate", "Store the files as estimates (ước thực hiện); a final version imported later replaces them");
    private readonly Option<string?> agencyOption = CliOptions.Text("--agency", "CODE", "The agency of CSV files (and of workbooks whose name disagrees)");
    private readonly Option<PeriodId?> periodOption = CliOptions.OptionalPeriod("--period", "The period of CSV files (and of workbooks whose name disagrees)");
    private readonly Option<string?> receivedAtOption = CliOptions.Text("--received-at", "DATE", "When the agency sent the files (05/07/2026, 2026-07-05, with a time optional), for files imported later");
    private readonly Option<string?> manifestOption = CliOptions.Text("--manifest", "FILE", "A CSV file,received_at giving each file's received time (default: manifest.csv in a folder imported)");
    private readonly Option<OutputFormat> formatOption = CliOptions.Format(OutputFormat.Table, OutputFormat.Json);
    private readonly Argument<string[]> pathsArgument = new("PATH") { Arity = ArgumentArity.OneOrMore, Description = "Files or folders to import" };

    public ImportCommand(CliContext context)
        : base(context, "import", "Validate and store submitted .xlsx/.csv files (files or folders)", """
            reporting import PATH... [--dry-run] [--estimate] [--agency CODE --period ID] [--received-at DATE | --manifest FILE] [--format table|json]

            Each file is validated as a whole and stored as a new version, or rejected with every problem
            listed (file, sheet, cell, indicator, what is wrong); a rejected file changes nothing.
            Re-importing the current version changes nothing; an earlier version imported again after a
            newer one becomes the current version again, as a new version. Folders are searched for .xlsx
            and .csv files, taken in name order, each once; links inside a folder are not followed.
            CSV files need --agency and --period. A file named AGENCY_PERIOD... whose workbook states
            another agency or period is not applied: rename it, or confirm with --agency and --period.
            --estimate stores the files as estimates ("ước thực hiện"), as the template's estimate cell (B4,
            Có/Không) does for one file and its Estimate column (F, or a CSV's sixth) for single rows; a later version without
            the mark is the final one and replaces the estimate, which stays in the history.
            --dry-run validates without storing. Exit code 1 when any file was rejected.
            A file's time received is when it is imported, unless it was sent earlier: --received-at DATE
            (05/07/2026 or 2026-07-05, a time such as 14:30 optional, on the calendar's clock) for every file,
            or a manifest: a CSV with the header file,received_at and one row per file (its path from the
            manifest's folder), named with --manifest or found as manifest.csv in a folder imported; its rows
            win over --received-at. A manifest row that cannot be used refuses the whole import, naming its
            line and column; nothing is imported (exit code 1).
            Ctrl+C stops after rolling back the file being stored: the files stored before it are listed
            and stay stored (exit code 130). If storing fails (disk full, database kept busy by another
            process), the same list is printed (exit code 3).
            """)
    {
        Add(dryRunOption);
        Add(estimateOption);
        Add(agencyOption);
        Add(periodOption);
        Add(receivedAtOption);
        Add(manifestOption);
        Add(formatOption);
        Add(pathsArgument);
    }

    protected override async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var options = new ImportOptions(parse.GetValue(dryRunOption), parse.GetValue(agencyOption), parse.GetValue(periodOption), Actor: Context.Actor, Estimate: parse.GetValue(estimateOption));
        var access = options.DryRun ? DatabaseAccess.Read : DatabaseAccess.Write;
        await using var workspace = await Context.OpenAsync(parse, access, cancellationToken);
        var importer = new SubmissionImporter(workspace);
        var paths = parse.GetValue(pathsArgument)!;
        var files = SubmissionImporter.ExpandPaths(paths);
        if (files.Count == 0)
        {
            Terminal.Err.MarkupLine(Terminal.Markup($"[red]No .xlsx or .csv file found in {string.Join(", ", paths)}: nothing imported.[/]"));
            return 1;
        }

        if (parse.GetValue(receivedAtOption) is { } receivedText)
        {
            if (!ReceivedTime.TryParse(receivedText, workspace.Calendar.Zone, out var receivedAt))
            {
                throw new UsageException($"--received-at {receivedText}: not a date (write {ReceivedTime.Accepted})");
            }

            if (receivedAt > workspace.Time.GetUtcNow())
            {
                Terminal.Err.MarkupLine(Terminal.Markup($"[red]--received-at {receivedText} is later than now: a file cannot be received in the future; nothing imported.[/]"));
                return 1;
            }

            options = options with { ReceivedAt = receivedAt };
        }

        var manifestPath = parse.GetValue(manifestOption);
        if (manifestPath is not null && !File.Exists(manifestPath))
        {
            throw new UsageException($"--manifest {manifestPath}: no such file");
        }

        if (importer.ReadManifests(paths, manifestPath) is { } manifest)
        {
            if (manifest.Problems.Count > 0)
            {
                foreach (var problem in manifest.Problems)
                {
                    Terminal.Err.MarkupLine(Terminal.Markup($"[red]{problem}[/]"));
                }

                Terminal.Err.MarkupLine(Terminal.Markup($"The manifest has {manifest.Problems.Count} problem(s): nothing imported."));
                return 1;
            }

            options = options with { ReceivedTimes = manifest.Times };
            var unlisted = files.Count(f => !manifest.Times.ContainsKey(Path.GetFullPath(f)));
            if (unlisted > 0)
            {
                Terminal.Err.MarkupLine(Terminal.Markup($"[yellow]{unlisted} file(s) not in the manifest: received {(options.ReceivedAt is null ? "now" : "at --received-at")}.[/]"));
            }
        }

        var results = new List<FileImportResult>();
        await Terminal.Err.Progress().AutoClear(true).StartAsync(async progress =>
        {
            var task = progress.AddTask("Importing", maxValue: Math.Max(files.Count, 1));
            await foreach (var result in importer.ImportFilesAsync(files, options, cancellationToken))
            {
                results.Add(result);
                task.Increment(1);
            }
        });

        if (parse.GetValue(formatOption) == OutputFormat.Json)
        {
            Terminal.WriteJson(results.Select(r => new
            {
                file = r.File,
                outcome = r.Outcome.ToString().ToLowerInvariant(),
                agency = r.AgencyCode,
                period = r.Period?.ToString(),
                version = r.Version,
                estimate = r.IsEstimate,
                estimateValues = r.EstimateCount,
                repeatsVersion = r.RepeatsVersion,
                needsConfirmation = r.NeedsConfirmation,
                failure = r.Failure,
                refusal = r.Refusal?.English,
                refusalVi = r.Refusal?.Vietnamese,
                issues = r.Issues.Select(i => new { sheet = i.Sheet, cell = i.Cell, indicator = i.IndicatorCode, severity = i.Severity.ToString().ToLowerInvariant(), message = i.Message }),
            }));
        }
        else
        {
            Print(results);
        }

        if (results.FirstOrDefault(r => r.Outcome == ImportOutcome.NotStored) is { } stopped)
        {
            PrintStopped(stopped, results, files);
            return cancellationToken.IsCancellationRequested ? Interrupted : EnvironmentError;
        }

        return results.Any(r => r.Outcome is ImportOutcome.Rejected or ImportOutcome.Locked) ? 1 : 0;
    }

    private void Print(List<FileImportResult> results)
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
                ImportOutcome.NotStored => "[red]not stored[/]: rolled back",
                ImportOutcome.Locked => $"[red]locked[/]: {Markup.Escape(result.Refusal?.English ?? string.Empty)}",
                _ => $"[red]rejected[/], nothing stored: {result.Errors.Count()} error(s)",
            };
            var estimate = result.Outcome is ImportOutcome.Stored or ImportOutcome.Valid && result.EstimateCount > 0
                ? result.IsEstimate ? " [yellow](estimate, ước)[/]" : $" [yellow]({result.EstimateCount} value(s) estimated, ước)[/]"
                : string.Empty;
            Terminal.Out.MarkupLine($"{Markup.Escape(result.File)}: {status}{estimate}");
            foreach (var issue in result.Issues)
            {
                var colour = issue.Severity == Severity.Error ? "red" : "yellow";
                Terminal.Out.MarkupLine($"  [{colour}]{Markup.Escape(issue.ToString())}[/]");
            }

            if (result.NeedsConfirmation)
            {
                Terminal.Out.MarkupLine(Markup.Escape($"  to store it as {result.AgencyCode} {result.Period} all the same: reporting import \"{result.File}\" --agency {result.AgencyCode} --period {result.Period}"));
            }
        }

        var stored = results.Count(r => r.Outcome == ImportOutcome.Stored);
        var rejected = results.Count(r => r.Outcome is ImportOutcome.Rejected or ImportOutcome.Locked);
        var unchanged = results.Count(r => r.Outcome == ImportOutcome.Unchanged);
        Terminal.Err.MarkupLine(Terminal.Markup($"{results.Count} file(s): {stored} stored, {unchanged} unchanged, {rejected} rejected."));
    }

    /// <summary>
    /// Which files are in the database and which are not, when storing stopped part-way: the files stored, and those rolled
    /// back or never begun. On PostgreSQL a file being stored beside the one that stopped may still have been stored.
    /// </summary>
    private void PrintStopped(FileImportResult stopped, List<FileImportResult> results, IReadOnlyList<string> files)
    {
        var reason = stopped.Failure == "interrupted" ? "Interrupted" : $"Storing stopped: {stopped.Failure}";
        var stored = results.Where(r => r.Outcome == ImportOutcome.Stored).Select(r => r.File).ToList();
        var notStored = results.Where(r => r.Outcome == ImportOutcome.NotStored).Select(r => $"{r.File} (rolled back)")
            .Concat(files.Skip(results.Count))
            .ToList();
        Terminal.Err.MarkupLine(Terminal.Markup($"[red]{reason}[/]"));
        Terminal.Err.MarkupLine(Terminal.Markup($"Stored ({stored.Count}): {(stored.Count == 0 ? "none" : string.Join(", ", stored))}"));
        Terminal.Err.MarkupLine(Terminal.Markup($"Not stored ({notStored.Count}): {string.Join(", ", notStored)}"));
    }
}
