using Reporting.Core.Submissions;

namespace Reporting.Core.Aggregation;

/// <summary>
/// An aggregated value of one indicator for one period, for an agency, a group or the province,
/// with the submitted values it was computed from.
/// </summary>
/// <param name="Value">Null when nothing was reported (never zero for "not reported").</param>
/// <param name="Reported">Agencies expected to report the indicator that did.</param>
/// <param name="Expected">Agencies expected to report the indicator in the period.</param>
/// <param name="Complete">False when a flow misses months or an expected agency did not report.</param>
public sealed record Figure(
    string IndicatorCode,
    decimal? Value,
    int Reported,
    int Expected,
    bool Complete,
    IReadOnlyList<ReportedValue> Sources)
{
    /// <summary>
    /// The agencies' roll-ups a province's or group's value was computed from (for a derived figure, those of its
    /// parts); empty for an agency's figure, and once dropped by <see cref="PeriodAggregate.WithoutContributions"/>.
    /// </summary>
    public IReadOnlyList<PeriodRollup> Contributions { get; init; } = [];

    /// <summary>How many submitted values the figure is made of; <see cref="Sources"/> may hold none of them (stored roll-ups).</summary>
    public int SourceCount { get; init; }

    /// <summary>
    /// How many agencies' values in the figure are estimates ("ước thực hiện"), out of <see cref="Reported"/>: a figure
    /// is an estimate when any value it is made of is one. For a derived figure, the most of any of its parts.
    /// </summary>
    public int Estimated { get; init; }

    /// <summary>
    /// The agencies <see cref="Estimated"/> is counted among: <see cref="Reported"/>, but for a derived figure the
    /// reporters of the part with the most estimates (2 of 4 operators, not 2 of 97 communes reporting population).
    /// </summary>
    public int EstimatedAmong { get; init; }

    /// <summary>Whether the figure rests on any estimate.</summary>
    public bool IsEstimate => Estimated > 0;

    public static Figure Empty(string indicatorCode) => new(indicatorCode, null, 0, 0, true, []);
}
