namespace Reporting.Workflows.Import;

/// <summary>What an accepted file changed against the version it replaced, as the sender checks it after an upload.</summary>
public sealed class VersionChangeQuery(ReportingWorkspace workspace)
{
    /// <summary>
    /// Every row of the stored version in the sheet's order (empty ones too), beside the replaced version's value; then the
    /// indicators only the replaced version had. Nothing for a file that was not stored or found unchanged.
    /// </summary>
    public async Task<IReadOnlyList<ValueChange>> ListAsync(FileImportResult import, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(import);
        if (import.SubmissionId is not { } id)
        {
            return [];
        }

        var now = await workspace.Submissions.RowsOfAsync(id, cancellationToken);
        var before = import.SupersededId is { } previous ? await workspace.Submissions.RowsOfAsync(previous, cancellationToken) : [];
        var previousByCode = before.ToDictionary(v => v.IndicatorCode, v => v.Value, StringComparer.Ordinal);
        var changes = now.Select(v => new ValueChange(v.IndicatorCode, v.Cell, v.Value, previousByCode.GetValueOrDefault(v.IndicatorCode))).ToList();
        var nowCodes = now.Select(v => v.IndicatorCode).ToHashSet(StringComparer.Ordinal);
        changes.AddRange(before.Where(v => !nowCodes.Contains(v.IndicatorCode)).Select(v => new ValueChange(v.IndicatorCode, null, null, v.Value)));
        return changes;
    }
}
