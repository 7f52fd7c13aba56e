using Reporting.Core.Validation;
using Reporting.Workflows.Import;

namespace Reporting.Web.Uploads;

/// <summary>What became of one uploaded file, as the upload page shows it.</summary>
/// <param name="Refusal">Why the portal refused the file before reading it (too large), as an English text to translate.</param>
public sealed record UploadResult(
    string FileName,
    FileImportResult? Import,
    string? Refusal,
    IReadOnlyList<ValueChange> Changes)
{
    public bool Accepted => Import?.Outcome is ImportOutcome.Stored or ImportOutcome.Unchanged;

    /// <summary>Valid, but storing failed (disk full, database busy) and was rolled back: the sender should try again.</summary>
    public bool NotStored => Import?.Outcome == ImportOutcome.NotStored;

    /// <summary>The period is locked (its report issued): nothing stored; the import's refusal names the lock.</summary>
    public bool Locked => Import?.Outcome == ImportOutcome.Locked;

    public bool Forbidden => Import?.Outcome == ImportOutcome.Forbidden;

    public IReadOnlyList<ValidationIssue> Errors => Import?.Errors.ToList() ?? [];

    public IReadOnlyList<ValidationIssue> Warnings => Import?.Warnings.ToList() ?? [];
}
