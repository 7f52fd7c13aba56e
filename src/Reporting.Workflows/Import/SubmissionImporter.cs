using Reporting.Core.Validation;
using Reporting.Excel.Import;

namespace Reporting.Workflows.Import;

/// <summary>
/// Reads, validates and stores submitted files, each on its own: a file is applied whole or not at all,
/// and earlier versions stay.
/// </summary>
public sealed class SubmissionImporter(ReportingWorkspace workspace)
{
    private static readonly string[] Extensions = [".xlsx", ".csv"];

    private readonly SubmissionFileReader reader = new(workspace.Catalog);
    private readonly SubmissionValidator validator = new(workspace.Catalog, workspace.Agencies);

    /// <summary>Files named directly, and the .xlsx and .csv files inside folders, in name order (so corrections come after originals).</summary>
    public static IReadOnlyList<string> ExpandPaths(IEnumerable<string> paths) =>
        paths.SelectMany<string, string>(path => Directory.Exists(path)
                ? Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                    .Where(f => !Path.GetFileName(f).StartsWith("~$", StringComparison.Ordinal))
                    .Order(StringComparer.Ordinal)
                : [path])
            .ToList();

    public async Task<FileImportResult> ImportFileAsync(string path, ImportOptions options, CancellationToken cancellationToken = default)
    {
        var parsed = reader.Read(path, options.DisplayName ?? path, options.Agency, options.Period);
        var issues = parsed.Issues.ToList();
        if (options.AllowedAgencies is { } allowed && parsed.AgencyCode is { } named && !allowed.Contains(named))
        {
            return new FileImportResult(path, ImportOutcome.Forbidden, parsed.AgencyCode, parsed.Period, null, []);
        }

        if (parsed.AgencyCode is { } agency && workspace.Agencies.Find(agency) is not null && parsed.Period is not null)
        {
            var history = await workspace.Submissions.AgencyHistoryAsync(agency, cancellationToken);
            issues = validator.Validate(parsed, history).ToList();
        }
        else if (!parsed.HasErrors)
        {
            issues = validator.Validate(parsed, []).ToList();
        }

        if (issues.Any(i => i.Severity == Severity.Error))
        {
            return new FileImportResult(path, ImportOutcome.Rejected, parsed.AgencyCode, parsed.Period, null, issues);
        }

        if (options.DryRun)
        {
            return new FileImportResult(path, ImportOutcome.Valid, parsed.AgencyCode, parsed.Period, null, issues);
        }

        var stored = parsed with { SourceFile = Path.GetFileName(options.DisplayName ?? path) };
        await workspace.StoreGate.WaitAsync(cancellationToken);
        try
        {
            var outcome = await workspace.Submissions.SaveAsync(stored, workspace.Time.GetUtcNow(), options.UploadedBy, cancellationToken);
            return new FileImportResult(path, outcome.Stored ? ImportOutcome.Stored : ImportOutcome.Unchanged, parsed.AgencyCode, parsed.Period, outcome.Version, issues, outcome.SubmissionId, outcome.SupersededId);
        }
        finally
        {
            workspace.StoreGate.Release();
        }
    }
}
