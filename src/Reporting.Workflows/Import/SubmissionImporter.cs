using Reporting.Core.Audit;
using Reporting.Core.Submissions;
using Reporting.Data;
using Reporting.Data.Entities;
using Reporting.Core.Validation;
using Reporting.Data.Opening;
using Reporting.Excel.Import;
using Reporting.Workflows.Audit;

namespace Reporting.Workflows.Import;

/// <summary>
/// Reads, validates and stores submitted files, each on its own: a file is applied whole or not at all,
/// and earlier versions stay.
/// </summary>
public sealed class SubmissionImporter(ReportingWorkspace workspace)
{
    /// <summary>
    /// The files of a folder that are read: workbooks (.xlsm is one with macros, which are never run) and CSV, and also
    /// old .xls and OpenDocument .ods spreadsheets, which the reader refuses saying to save them as .xlsx: left out,
    /// an agency's .xls dropped among the others went unmentioned.
    /// </summary>
    private static readonly string[] Extensions = [".xlsx", ".xlsm", ".csv", ".xls", ".ods"];

    private readonly SubmissionFileReader reader = new(workspace.Catalog);
    private readonly SubmissionValidator validator = new(workspace.Catalog, workspace.Agencies, workspace.Calendar);

    /// <summary>
    /// Files named directly, and the spreadsheet and .csv files inside folders, in name order (so corrections come after
    /// originals); each file once, however often it is named. Links inside a folder are not followed: a link to a parent
    /// folder would loop, and one to elsewhere would import files from outside the folder; whatever lies inside the
    /// folder is found without them. A link named directly is the sender's choice and is read.
    /// </summary>
    public static IReadOnlyList<string> ExpandPaths(IEnumerable<string> paths)
    {
        var inFolders = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            AttributesToSkip = FileAttributes.ReparsePoint,
            IgnoreInaccessible = true,
            MatchType = MatchType.Simple,
        };
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var files = new List<string>();
        foreach (var path in paths)
        {
            IEnumerable<string> found = Directory.Exists(path)
                ? Directory.EnumerateFiles(path, "*", inFolders)
                    .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                    .Where(f => !Path.GetFileName(f).StartsWith("~$", StringComparison.Ordinal))
                    .Where(f => !string.Equals(Path.GetFileName(f), ReceiptManifest.FileName, StringComparison.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal)
                : [path];
            files.AddRange(found.Where(f => seen.Add(Target(f))));
        }

        return files;
    }

    /// <summary>Where a path leads, links resolved, so a file named twice (once through a link) is read once.</summary>
    private static string Target(string path)
    {
        try
        {
            return Path.GetFullPath(new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            // A link that loops or cannot be read, or no name at all (an empty argument): the reader says what is wrong.
            return string.IsNullOrWhiteSpace(path) ? path : Path.GetFullPath(path);
        }
    }

    /// <summary>
    /// The received times for an import of <paramref name="paths"/>: the manifest named, else a manifest.csv inside each
    /// folder imported. Problems in any row refuse the whole import (the caller imports nothing).
    /// </summary>
    public ReceiptManifest? ReadManifests(IEnumerable<string> paths, string? manifest)
    {
        var now = workspace.Time.GetUtcNow();
        List<string> found = manifest is not null
            ? [manifest]
            : paths.Where(Directory.Exists).Select(p => Path.Combine(p, ReceiptManifest.FileName)).Where(File.Exists).ToList();
        if (found.Count == 0)
        {
            return null;
        }

        var read = found.Select(f => ReceiptManifest.Read(f, workspace.Calendar.Zone, now)).ToList();
        var times = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        foreach (var (file, time) in read.SelectMany(r => r.Times))
        {
            times.TryAdd(file, time);
        }

        return new ReceiptManifest(times, [.. read.SelectMany(r => r.Problems)]);
    }

    public Task<FileImportResult> ImportFileAsync(string path, ImportOptions options, CancellationToken cancellationToken = default) =>
        ApplyOrStopAsync(workspace, null, path, Task.FromResult(Read(path, options)), options, cancellationToken);

    /// <summary>
    /// Imports files as <see cref="ImportFileAsync"/> does, each on its own, while the next ones are read on the other
    /// cores: reading a workbook needs no database. One agency's files are stored one after the other, in order, so each
    /// is validated against the versions stored before it; on PostgreSQL files of different agencies are stored at once,
    /// on lanes of their own (<see cref="StoreLanes"/>). Results come in the order of <paramref name="paths"/>. When
    /// storing stops (<see cref="ImportOutcome.NotStored"/>), no further file is begun, and the files already being stored
    /// beside it are awaited and reported too, stored or not.
    /// </summary>
    public async IAsyncEnumerable<FileImportResult> ImportFilesAsync(
        IReadOnlyList<string> paths, ImportOptions options, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var lanes = await StoreLanes.OpenAsync(workspace, paths.Count, cancellationToken);
        var reading = new Queue<Task<ParsedSubmission>>();
        var storing = new Queue<Task<FileImportResult>>();
        var lastOfAgency = new Dictionary<string, Task>(StringComparer.Ordinal);
        var turn = StoreTurn.First();
        var read = 0;
        var stopped = false;
        try
        {
            for (var begun = 0; begun < paths.Count || storing.Count > 0;)
            {
                if (!stopped && begun < paths.Count && storing.Count < lanes.Count)
                {
                    // A few files ahead, no more: parsed files wait in memory.
                    while (read < paths.Count && reading.Count < Environment.ProcessorCount + lanes.Count)
                    {
                        var next = paths[read++];
                        reading.Enqueue(Task.Run(() => Read(next, options), cancellationToken));
                    }

                    var path = paths[begun++];
                    var parsing = reading.Dequeue();
                    var agency = await AgencyOfAsync(parsing);
                    var before = lastOfAgency.GetValueOrDefault(agency, Task.CompletedTask);
                    var applying = ApplyInLaneAsync(lanes, turn, path, parsing, before, options, cancellationToken);
                    turn = turn.Next();
                    lastOfAgency[agency] = applying;
                    storing.Enqueue(applying);
                    continue;
                }

                if (storing.Count == 0)
                {
                    break;
                }

                var result = await storing.Dequeue();
                stopped |= result.Outcome == ImportOutcome.NotStored;
                yield return result;
            }
        }
        finally
        {
            // Left early (the caller stopped reading, or a bug threw): no store goes on after the lanes are closed.
            await Task.WhenAll(storing).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    /// <summary>The agency a file is stored under, as far as its order matters; a file that cannot be read has none.</summary>
    private static async Task<string> AgencyOfAsync(Task<ParsedSubmission> parsing)
    {
        try
        {
            return (await parsing).AgencyCode ?? string.Empty;
        }
        catch (Exception)
        {
            // Applying it says what went wrong (interrupted, say), as for a file imported alone.
            return string.Empty;
        }
    }

    /// <summary>
    /// Applies a file on a free lane once <paramref name="before"/> (its agency's previous file) is done, its version
    /// inserted in its <paramref name="turn"/>.
    /// </summary>
    private async Task<FileImportResult> ApplyInLaneAsync(
        StoreLanes lanes, StoreTurn turn, string path, Task<ParsedSubmission> parsing, Task before, ImportOptions options, CancellationToken cancellationToken)
    {
        try
        {
            await before;
            var lane = lanes.Take();
            try
            {
                return await ApplyOrStopAsync(lane, turn, path, parsing, options, cancellationToken);
            }
            finally
            {
                lanes.Return(lane);
            }
        }
        finally
        {
            // Refused, unchanged or stopped: the next file need not wait.
            turn.Pass();
        }
    }

    /// <summary>
    /// Applies one file, storing it on <paramref name="lane"/>; when storing stops (cancelled, or the storage failed: disk
    /// full, database busy) the file's transaction has rolled back, and the result says so instead of throwing, so the
    /// caller can name what was stored.
    /// </summary>
    private async Task<FileImportResult> ApplyOrStopAsync(
        ReportingWorkspace lane, StoreTurn? turn, string path, Task<ParsedSubmission> parsing, ImportOptions options, CancellationToken cancellationToken)
    {
        try
        {
            return await ApplyAsync(lane, turn, path, await parsing, options, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return new FileImportResult(path, ImportOutcome.NotStored, null, null, null, [], Failure: "interrupted");
        }
        catch (Exception e) when (StorageFailure.Describe(e, workspace.Database.Settings.FullPath) is { } failure)
        {
            return new FileImportResult(path, ImportOutcome.NotStored, null, null, null, [], Failure: failure);
        }
    }

    private FileImportResult Locked(string path, ParsedSubmission parsed, List<ValidationIssue> issues, Core.Issue.PeriodLock held) =>
        new(path, ImportOutcome.Locked, parsed.AgencyCode, parsed.Period, null, issues, Sha256: parsed.Sha256, Refusal: held.Refusal(workspace.Clock.Zone, parsed.Period!.Value));

    /// <summary>
    /// The audit entries of a stored version, written in its transaction: what was stored (with when it was sent and its
    /// estimates), and when it replaces a version holding estimates by final figures, that too (ước → chính thức).
    /// </summary>
    private static List<AuditEntryEntity> StoredEntries(ReportingWorkspace lane, Actor actor, ParsedSubmission stored, SaveOutcome saved, DateTimeOffset receivedAt, int estimates)
    {
        var trail = new AuditTrail(lane);
        var period = stored.Period!.Value.ToString();
        var replacedEstimate = saved.SupersededHeldEstimates;
        List<AuditEntryEntity> entries =
        [
            trail.Entry(
                actor,
                AuditAction.SubmissionStored,
                period,
                stored.AgencyCode,
                saved.SubmissionId,
                saved.SupersededId is { } previous ? new { submission = previous, version = saved.Version - 1, estimate = replacedEstimate } : null,
                new
                {
                    version = saved.Version, file = stored.SourceFile, sha256 = stored.Sha256, values = stored.Values.Count(v => v.Value is not null),
                    receivedAt, estimate = stored.IsEstimate, estimatedValues = estimates, repeatsVersion = saved.RepeatsVersion,
                }),
        ];
        if (replacedEstimate && estimates == 0)
        {
            entries.Add(trail.Entry(
                actor,
                AuditAction.EstimateReplaced,
                period,
                stored.AgencyCode,
                saved.SubmissionId,
                new { submission = saved.SupersededId, version = saved.Version - 1, estimate = true },
                new { submission = saved.SubmissionId, version = saved.Version, estimate = false }));
        }

        return entries;
    }

    /// <summary>The file as read, its agency code written as the agency list writes it when it names one agency in another letter case.</summary>
    private ParsedSubmission Read(string path, ImportOptions options)
    {
        var parsed = reader.Read(path, options.DisplayName ?? path, options.Agency, options.Period);
        return parsed.AgencyCode is { } code && workspace.Agencies.FindAsTyped(code) is { } agency && agency.Code != code
            ? parsed with { AgencyCode = agency.Code }
            : parsed;
    }

    private async Task<FileImportResult> ApplyAsync(ReportingWorkspace lane, StoreTurn? turn, string path, ParsedSubmission parsed, ImportOptions options, CancellationToken cancellationToken)
    {
        var issues = parsed.Issues.ToList();
        if (options.AllowedAgencies is { } allowed && parsed.AgencyCode is { } named && !allowed.Contains(named))
        {
            return new FileImportResult(path, ImportOutcome.Forbidden, parsed.AgencyCode, parsed.Period, null, []);
        }

        // The province's day, for "has the period begun": the one place an import asks the clock.
        var today = workspace.Clock.Today;

        // The agency's history only adds warnings (a value far from its usual ones), added last: a file that is stored
        // gets them from the store's own read of the agency's values, inside its transaction, a round trip less a file
        // on PostgreSQL; a file refused or only checked reads the history here.
        var historyAgency = parsed.AgencyCode is { } agency && workspace.Agencies.Find(agency) is not null && parsed.Period is not null ? agency : null;
        CheckedSubmission? checkedFile = null;
        if (historyAgency is not null || !parsed.HasErrors)
        {
            checkedFile = validator.Check(parsed, today);
            issues = checkedFile.Issues.ToList();
        }

        var confirmed = options.Confirmed?.Contains(parsed.Sha256) == true;
        var nameIssues = FileNameCheck.Check(
            parsed, workspace.Agencies, agencyConfirmed: confirmed || !string.IsNullOrWhiteSpace(options.Agency), periodConfirmed: confirmed || options.Period is not null);
        var confirmable = nameIssues.Count > 0 && !issues.Any(i => i.Severity == Severity.Error);
        issues.AddRange(nameIssues);
        async Task<List<ValidationIssue>> WithHistoryAsync() => historyAgency is null || checkedFile is null
            ? issues
            : [.. checkedFile.Issues, .. checkedFile.HistoryWarnings(await lane.Submissions.AgencyHistoryAsync(historyAgency, cancellationToken)), .. nameIssues];
        if (issues.Any(i => i.Severity == Severity.Error))
        {
            return new FileImportResult(
                path, ImportOutcome.Rejected, parsed.AgencyCode, parsed.Period, null, await WithHistoryAsync(), NeedsConfirmation: confirmable, Sha256: parsed.Sha256);
        }

        var stored = parsed with { SourceFile = Path.GetFileName(options.DisplayName ?? path), IsEstimate = parsed.IsEstimate || options.Estimate };
        var estimates = stored.Values.Count(v => v.Value is not null && stored.IsEstimateValue(v));
        if (options.DryRun)
        {
            issues = await WithHistoryAsync();
            return await new PeriodLockStore(lane.Db).LockHoldingAsync(parsed.Period!.Value, cancellationToken) is { } held
                ? Locked(path, parsed, issues, held)
                : new FileImportResult(
                    path, ImportOutcome.Valid, parsed.AgencyCode, parsed.Period, null, issues, Sha256: parsed.Sha256, IsEstimate: stored.IsEstimate, EstimateCount: estimates);
        }

        using (await lane.Gates.StoreAsync(stored.AgencyCode!, cancellationToken))
        {
            var actor = options.Actor ?? ImportOptions.Unnamed;
            var receivedAt = options.ReceivedTimeOf(path, workspace.Time.GetUtcNow());
            var outcome = await lane.Submissions.SaveAsync(
                stored,
                receivedAt,
                options.UploadedBy,
                cancellationToken,
                saved => StoredEntries(lane, actor, stored, saved, receivedAt, estimates),
                turn);
            issues.AddRange(checkedFile?.HistoryWarnings(outcome.AgencyValuesBefore) ?? []);
            if (outcome.Lock is { } locked)
            {
                // Asked by the store inside its transaction: a lock issued by any process before it commits is seen.
                return Locked(path, parsed, issues, locked);
            }

            return new FileImportResult(
                path,
                outcome.Stored ? ImportOutcome.Stored : ImportOutcome.Unchanged,
                parsed.AgencyCode,
                parsed.Period,
                outcome.Version,
                issues,
                outcome.SubmissionId,
                outcome.SupersededId,
                outcome.RepeatsVersion,
                Sha256: parsed.Sha256,
                IsEstimate: stored.IsEstimate,
                EstimateCount: estimates);
        }
    }
}
