using Reporting.Core.Aggregation;
using Reporting.Core.Catalog;

namespace Reporting.Core.Summary;

/// <summary>One indicator of a summary: this period against the compare period and the target.</summary>
/// <param name="Change">Null when there is nothing to compare with (no figure, or zero last year).</param>
/// <param name="Attainment">Value as a percentage of the year's target.</param>
public sealed record SummaryRow(
    Indicator Indicator,
    decimal? Value,
    decimal? CompareValue,
    decimal? Change,
    ChangeUnit ChangeUnit,
    decimal? Target,
    decimal? Attainment,
    Figure Current,
    Figure Compare)
{
    public int Reported => Current.Reported;

    public int Expected => Current.Expected;
}
