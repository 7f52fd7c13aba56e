using Reporting.Core.Periods;
using Reporting.Core.Validation;

namespace Reporting.Core.Submissions;

/// <summary>
/// What a reader made of one submitted file: the agency and period it states, its values, and the problems
/// found while reading (format, parsing). Rules between values are checked afterwards by <see cref="SubmissionValidator"/>.
/// </summary>
/// <param name="SourceFile">The file name as given by the user (shown in every message).</param>
/// <param name="Sheet">The data sheet's name, for messages.</param>
/// <param name="AgencyCell">Where the agency was read (e.g. <c>B2</c>), for messages.</param>
/// <param name="PeriodCell">Where the period was read (e.g. <c>B3</c>), for messages.</param>
/// <param name="Sha256">Hex SHA-256 of the file's bytes; an identical re-import is recognised by it.</param>
public sealed record ParsedSubmission(
    string SourceFile,
    string? Sheet,
    string? AgencyCode,
    string? AgencyCell,
    PeriodId? Period,
    string? PeriodCell,
    IReadOnlyList<ParsedValue> Values,
    IReadOnlyList<ValidationIssue> Issues,
    string Sha256)
{
    public bool HasErrors => Issues.Any(i => i.Severity == Severity.Error);

    /// <summary>
    /// The whole file is an estimate ("ước thực hiện"), as its estimate cell, the upload form or <c>--estimate</c> says;
    /// a final version sent later replaces it as current.
    /// </summary>
    public bool IsEstimate { get; init; }

    /// <summary>Whether a value is stored as an estimate: the file is one, or its row says so.</summary>
    public bool IsEstimateValue(ParsedValue value) => IsEstimate || (value ?? throw new ArgumentNullException(nameof(value))).IsEstimate;
}
