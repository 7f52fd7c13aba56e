using Reporting.Core.Agencies;
using Reporting.Core.Catalog;
using Reporting.Core.Periods;
using Reporting.Core.Submissions;

namespace Reporting.Core.Validation;

/// <summary>
/// A submission checked against every rule but its agency's history, keeping what that last check compares: a store
/// reads the agency's values inside its transaction, after the file was checked (<see cref="SubmissionValidator.Check"/>).
/// </summary>
public sealed class CheckedSubmission
{
    private readonly ParsedSubmission submission;
    private readonly Agency? agency;
    private readonly PeriodId? period;
    private readonly IReadOnlyDictionary<string, (Indicator Indicator, ParsedValue Row, decimal Value)> valid;

    internal CheckedSubmission(
        ParsedSubmission submission, IReadOnlyList<ValidationIssue> issues, Agency? agency, PeriodId? period, IReadOnlyDictionary<string, (Indicator Indicator, ParsedValue Row, decimal Value)> valid)
    {
        (this.submission, Issues, this.agency, this.period, this.valid) = (submission, issues, agency, period, valid);
    }

    /// <summary>Every problem found but the history's warnings.</summary>
    public IReadOnlyList<ValidationIssue> Issues { get; }

    /// <summary>
    /// The warnings <paramref name="history"/> (the agency's earlier values) raises: values far from the agency's usual
    /// ones. <see cref="SubmissionValidator.Validate"/> adds them last.
    /// </summary>
    public IReadOnlyList<ValidationIssue> HistoryWarnings(IReadOnlyList<ReportedValue> history)
    {
        var warnings = new List<ValidationIssue>();
        if (agency is not null && period is { } at)
        {
            HistoryCheck.Warn(agency.Code, at, valid, history, (cell, code, message) =>
                warnings.Add(new ValidationIssue(submission.SourceFile, submission.Sheet, cell, code, message, Severity.Warning)));
        }

        return warnings;
    }
}
