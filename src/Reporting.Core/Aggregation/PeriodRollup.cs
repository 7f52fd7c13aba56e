using Reporting.Core.Catalog;
using Reporting.Core.Periods;
using Reporting.Core.Submissions;

namespace Reporting.Core.Aggregation;

/// <summary>
/// One agency's values of one indicator inside one period, summarised so that either rule over time can be applied
/// later: the sum and the months covered (flow), the latest value (stock). The rule over time lives here, once: the
/// in-memory roll-up and the roll-ups stored on import are both made by <see cref="Of"/>, and both read by
/// <see cref="ValueBy"/>, <see cref="IsCompleteBy"/> and <see cref="SourcesBy"/>. Keeping both summaries (not the
/// rule's result) means a catalog whose rule changes needs no rebuild.
/// </summary>
/// <param name="CoveredMonths">Months covered by the values, as bits from the period's first month (at most 12).</param>
/// <param name="LatestMonth">The last month of the latest value's submission period.</param>
/// <param name="LatestSubmissionId">The submission the latest value came from.</param>
/// <param name="Values">The values summarised; empty when read back from storage (the summary alone is stored).</param>
/// <param name="LatestValue">The latest of <paramref name="Values"/>; null when read back from storage.</param>
public sealed record PeriodRollup(
    string AgencyCode,
    string IndicatorCode,
    PeriodId Period,
    decimal Sum,
    decimal Latest,
    YearMonth LatestMonth,
    long LatestSubmissionId,
    int CoveredMonths,
    int ValueCount,
    IReadOnlyList<ReportedValue> Values,
    ReportedValue? LatestValue)
{
    /// <summary>
    /// Summarises one agency's values of one indicator whose submission periods lie inside <paramref name="period"/>.
    /// The latest value is the one whose submission period ends last; of two ending in the same month, the one stored later.
    /// </summary>
    public static PeriodRollup Of(PeriodId period, IReadOnlyList<ReportedValue> valuesInPeriod)
    {
        if (valuesInPeriod.Count == 0)
        {
            throw new ArgumentException("A roll-up needs at least one value", nameof(valuesInPeriod));
        }

        var first = period.FirstMonth.Index;
        var latest = valuesInPeriod[0];
        var covered = 0;
        var sum = 0m;
        var estimates = 0;
        foreach (var value in valuesInPeriod)
        {
            sum += value.Value;
            estimates += value.IsEstimate ? 1 : 0;
            for (var m = value.Period.FirstMonth.Index; m <= value.Period.LastMonth.Index; m++)
            {
                covered |= 1 << (m - first);
            }

            var (end, latestEnd) = (value.Period.LastMonth.Index, latest.Period.LastMonth.Index);
            if (end > latestEnd || (end == latestEnd && value.SubmissionId > latest.SubmissionId))
            {
                latest = value;
            }
        }

        return new PeriodRollup(
            latest.AgencyCode, latest.IndicatorCode, period, sum, latest.Value, latest.Period.LastMonth, latest.SubmissionId, covered, valuesInPeriod.Count, valuesInPeriod, latest)
        {
            EstimateCount = estimates,
            LatestIsEstimate = latest.IsEstimate,
        };
    }

    /// <summary>How many of the summarised values are estimates ("ước thực hiện"): a flow's sum rests on them all.</summary>
    public int EstimateCount { get; init; }

    /// <summary>Whether the latest value is an estimate: a stock's figure is that value alone.</summary>
    public bool LatestIsEstimate { get; init; }

    /// <summary>Whether the agency's figure rests on an estimate: any value of a flow's sum, the latest value of a stock.</summary>
    public bool IsEstimateBy(TimeRule rule) => rule == TimeRule.Stock ? LatestIsEstimate : EstimateCount > 0;

    /// <summary>The agency's figure for the period: the sum for a flow, the latest value for a stock.</summary>
    public decimal ValueBy(TimeRule rule) => rule == TimeRule.Stock ? Latest : Sum;

    /// <summary>
    /// A flow is complete when every month the agency existed in the period is covered; a stock when its latest value
    /// reaches the agency's last month in the period.
    /// </summary>
    public bool IsCompleteBy(TimeRule rule, IReadOnlyList<YearMonth> activeMonths, YearMonth lastActive)
    {
        if (rule == TimeRule.Stock)
        {
            return LatestMonth >= lastActive;
        }

        foreach (var month in activeMonths)
        {
            if ((CoveredMonths & (1 << (month.Index - Period.FirstMonth.Index))) == 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>How many submitted values the figure is made of.</summary>
    public int SourceCountBy(TimeRule rule) => rule == TimeRule.Stock ? 1 : ValueCount;

    /// <summary>The submitted values the figure is made of, where they were kept (see <see cref="Values"/>).</summary>
    public IReadOnlyList<ReportedValue> SourcesBy(TimeRule rule) =>
        rule == TimeRule.Stock ? (LatestValue is null ? [] : [LatestValue]) : Values;

    /// <summary>Whether a stored value of this agency, indicator and period is one the figure is made of.</summary>
    public bool IsSourceBy(TimeRule rule, ReportedValue value) => rule == TimeRule.Flow || value.SubmissionId == LatestSubmissionId;
}
