using Reporting.Core.Periods;
using Reporting.Core.Validation;

namespace Reporting.Workflows.Import;

/// <summary>The result of importing one file, with every problem found in it.</summary>
/// <param name="SubmissionId">The stored version (new, or the identical one found) when the file was stored or unchanged.</param>
/// <param name="SupersededId">The version the stored one replaced, if any.</param>
/// <param name="RepeatsVersion">When an earlier version was sent again and stored as the new current one: the version it repeats.</param>
/// <param name="NeedsConfirmation">
/// Rejected only because the file's name states another agency or period than the workbook: confirmed (<see cref="ImportOptions.Confirmed"/>,
/// or the agency and period given), it is applied as the workbook states.
/// </param>
/// <param name="Sha256">The file's hash, which a confirmation names.</param>
/// <param name="Failure">Why storing stopped (<see cref="ImportOutcome.NotStored"/>).</param>
/// <param name="Refusal">Why the file was refused as a whole (<see cref="ImportOutcome.Locked"/>), in both languages.</param>
/// <param name="IsEstimate">The file (as stored, or as it would be) is an estimate as a whole.</param>
/// <param name="EstimateCount">How many of its non-empty values are estimates (all when <paramref name="IsEstimate"/>).</param>
public sealed record FileImportResult(
    string File,
    ImportOutcome Outcome,
    string? AgencyCode,
    PeriodId? Period,
    int? Version,
    IReadOnlyList<ValidationIssue> Issues,
    long? SubmissionId = null,
    long? SupersededId = null,
    int? RepeatsVersion = null,
    bool NeedsConfirmation = false,
    string? Sha256 = null,
    string? Failure = null,
    IssueText? Refusal = null,
    bool IsEstimate = false,
    int EstimateCount = 0)
{
    public IEnumerable<ValidationIssue> Errors => Issues.Where(i => i.Severity == Severity.Error);

    public IEnumerable<ValidationIssue> Warnings => Issues.Where(i => i.Severity == Severity.Warning);
}
