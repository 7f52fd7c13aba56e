using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Reporting.Core.Validation;
using Reporting.Excel.Import;
using Reporting.Workflows;
using Reporting.Workflows.Import;

namespace Reporting.Benchmarks;

/// <summary>
/// Goal 1: importing the workbooks with the product (parse, validate, store), each file on its own as the CLI does
/// (the next files read on the other cores while one is stored).
/// </summary>
internal static class ImportPhase
{
    /// <summary>Files imported first into a scratch database, so JIT is not measured.</summary>
    public const int WarmUpFiles = 5;

    /// <summary>SubmissionImporter.ImportFilesAsync over every file, into a fresh database; the workspace open is not timed.</summary>
    public static async Task<PhaseResult> RunAsync(BenchmarkOptions options)
    {
        var files = SubmissionImporter.ExpandPaths([options.FilesDirectory]);
        await WarmUpAsync(options, files);
        var opening = Stopwatch.StartNew();
        await using var workspace = await OpenFreshAsync(options, "import");
        var open = opening.Elapsed.TotalSeconds;
        var importer = new SubmissionImporter(workspace);

        var results = new List<FileImportResult>(files.Count);
        var clock = Stopwatch.StartNew();
        await foreach (var result in importer.ImportFilesAsync(files, new ImportOptions()))
        {
            results.Add(result);
        }

        clock.Stop();
        var values = await workspace.Db.SubmissionValues.CountAsync();
        var notStored = results.FirstOrDefault(r => r.Outcome != ImportOutcome.Stored);
        var note = $"{results.Count(r => r.Outcome == ImportOutcome.Stored):N0} of {files.Count:N0} files stored, {values:N0} values"
            + (notStored is null ? string.Empty : $"; NOT STORED e.g. {notStored.Outcome}: {notStored.Errors.FirstOrDefault()}");
        return new PhaseResult(clock.Elapsed.TotalSeconds, new Dictionary<string, double> { ["workspace open (not timed)"] = open }, note);
    }

    /// <summary>
    /// The importer's steps one by one with a stopwatch each (the calls ImportFileAsync makes, but the audit entries),
    /// into another fresh database: where the import's time goes.
    /// </summary>
    public static async Task<PhaseResult> RunWithSplitsAsync(BenchmarkOptions options)
    {
        var files = SubmissionImporter.ExpandPaths([options.FilesDirectory]);
        await WarmUpAsync(options, files);
        await using var workspace = await OpenFreshAsync(options, "import-splits");
        var reader = new SubmissionFileReader(workspace.Catalog);
        var validator = new SubmissionValidator(workspace.Catalog, workspace.Agencies, workspace.Calendar);
        var today = workspace.Clock.Today;

        var (parse, validate, store, history) = (new Stopwatch(), new Stopwatch(), new Stopwatch(), new Stopwatch());
        var stored = 0;
        foreach (var file in files)
        {
            parse.Start();
            var parsed = reader.Read(file, file);
            parse.Stop();

            validate.Start();
            var checkedFile = validator.Check(parsed, today);
            validate.Stop();
            if (checkedFile.Issues.Any(i => i.Severity == Severity.Error))
            {
                continue;
            }

            store.Start();
            var outcome = await workspace.Submissions.SaveAsync(parsed with { SourceFile = Path.GetFileName(file) }, workspace.Time.GetUtcNow());
            store.Stop();
            stored += outcome.Stored ? 1 : 0;

            history.Start();
            checkedFile.HistoryWarnings(outcome.AgencyValuesBefore);
            history.Stop();
        }

        var splits = new Dictionary<string, double>
        {
            ["parse (SubmissionFileReader.Read)"] = parse.Elapsed.TotalSeconds,
            ["validate (SubmissionValidator.Check, no history)"] = validate.Elapsed.TotalSeconds,
            ["store (SubmissionStore.SaveAsync, which reads the agency's values)"] = store.Elapsed.TotalSeconds,
            ["history warnings (CheckedSubmission.HistoryWarnings)"] = history.Elapsed.TotalSeconds,
        };
        return new PhaseResult(splits.Values.Sum(), splits, $"{stored:N0} of {files.Count:N0} files stored");
    }

    /// <summary>Imports the first files into a scratch database, so JIT and EF Core's model and query caches are warm.</summary>
    private static async Task WarmUpAsync(BenchmarkOptions options, IReadOnlyList<string> files)
    {
        await using var workspace = await OpenFreshAsync(options, "import-warmup");
        var importer = new SubmissionImporter(workspace);
        foreach (var file in files.Take(WarmUpFiles))
        {
            await importer.ImportFileAsync(file, new ImportOptions());
        }
    }

    private static Task<ReportingWorkspace> OpenFreshAsync(BenchmarkOptions options, string name)
    {
        var database = options.Database(options.Provider, name);
        database.Delete();
        return ReportingWorkspace.OpenAsync(new DatabaseOpening(database.Location, DatabaseAccess.Upgrade) { Templates = options.Templates });
    }
}
