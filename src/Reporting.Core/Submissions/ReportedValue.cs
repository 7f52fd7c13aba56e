using Reporting.Core.Periods;

namespace Reporting.Core.Submissions;

/// <summary>One figure of a stored submission: what an agency reported for an indicator and where it came from.</summary>
/// <param name="Period">The period the submission covers (a month, quarter or half-year, by the agency's frequency).</param>
/// <param name="Cell">Where in the source file the value was read, e.g. <c>D7</c>.</param>
/// <param name="IsEstimate">An estimate ("ước thực hiện"), not yet the final figure.</param>
public sealed record ReportedValue(
    long SubmissionId,
    string AgencyCode,
    string IndicatorCode,
    PeriodId Period,
    decimal Value,
    string? Cell = null,
    string? SourceFile = null,
    bool IsEstimate = false);
