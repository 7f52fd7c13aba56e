using Reporting.Core.Periods;
using Reporting.Core.Validation;

namespace Reporting.Workflows.Import;

/// <summary>The result of importing one file, with every problem found in it.</summary>
public sealed record FileImportResult(
    string File,
    ImportOutcome Outcome,
    string? AgencyCode,
    PeriodId? Period,
    int? Version,
    IReadOnlyList<ValidationIssue> Issues)
{
    public IEnumerable<ValidationIssue> Errors => Issues.Where(i => i.Severity == Severity.Error);

    public IEnumerable<ValidationIssue> Warnings => Issues.Where(i => i.Severity == Severity.Warning);
}
