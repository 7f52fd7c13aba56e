using Reporting.Core.Periods;
using Reporting.Core.Validation;

namespace Reporting.Workflows.Import;

/// <summary>The result of importing one file, with every problem found in it.</summary>
/// <param name="SubmissionId">The stored version (new, or the identical one found) when the file was stored or unchanged.</param>
/// <param name="SupersededId">The version the stored one replaced, if any.</param>
/// <param name="Failure">Why storing stopped (<see cref="ImportOutcome.NotStored"/>).</param>
public sealed record FileImportResult(
    string File,
    ImportOutcome Outcome,
    string? AgencyCode,
    PeriodId? Period,
    int? Version,
    IReadOnlyList<ValidationIssue> Issues,
    long? SubmissionId = null,
    long? SupersededId = null,
    string? Failure = null)
{
    public IEnumerable<ValidationIssue> Errors => Issues.Where(i => i.Severity == Severity.Error);

    public IEnumerable<ValidationIssue> Warnings => Issues.Where(i => i.Severity == Severity.Warning);
}
