using Reporting.Core.Aggregation;
using Reporting.Core.Catalog;
using Reporting.Core.Periods;
using Reporting.Core.Summary;

namespace Reporting.Core.Reports;

/// <summary>
/// An indicator behind the pace its year's target asks for at the end of the report's period.
/// <list type="bullet">
/// <item>A flow (counts and amounts summed over the months) must reach the period's share of the year's target: half of
/// it after six months, a quarter in a quarter, the whole in the year.</item>
/// <item>A level (a stock, or any rate) cannot be prorated: half of "95 subscribers per 100 people" means nothing. It is
/// held to the straight line from where it stood at the end of the year before (the trend's period that ends in
/// December) to the target at the end of the year, at the share of the year elapsed. A level already at its target
/// then must stay there. With no figure for the end of the year before (a nine-month report, whose trend holds only
/// nine-month periods) it is judged only in the year's own report, against the target itself.</item>
/// </list>
/// Only targets to reach are judged: an indicator where lower is better has no ceiling semantics in the catalog.
/// </summary>
/// <param name="Required">What the pace asks for by the end of the period, rounded as the figure is shown.</param>
/// <param name="Start">For a level, where it stood at the end of the year before; null for a flow, or when judged in the year's own report.</param>
/// <param name="Share">The share of the year the period's figure stands for (flows: the period's months; levels: the months elapsed), 0 to 1.</param>
public sealed record TargetPace(SummaryRow Row, decimal Target, decimal Required, decimal? Start, decimal Share)
{
    private const int MonthsInYear = 12;

    public bool IsLevel => IsLevelIndicator(Row.Indicator);

    /// <summary>The indicators of the report's period behind their target's pace, in catalog order.</summary>
    public static IReadOnlyList<TargetPace> Behind(PeriodSummary summary, IReadOnlyList<PeriodAggregate> trend)
    {
        var period = summary.Period;
        var lastYearEnd = trend.FirstOrDefault(a => a.Period.LastMonth == new YearMonth(period.Year - 1, MonthsInYear));
        var behind = new List<TargetPace>();
        foreach (var row in summary.Rows)
        {
            var start = lastYearEnd is null ? null : SummaryBuilder.Shown(row.Indicator, lastYearEnd.Province(row.Indicator.Code).Value);
            if (Of(row, period, start) is { } pace && row.Value < pace.Required)
            {
                behind.Add(pace);
            }
        }

        return behind;
    }

    /// <summary>The pace of one indicator; null when it is not judged (no target or no figure, lower is better, no start for a level).</summary>
    /// <param name="start">A level's figure at the end of the year before.</param>
    public static TargetPace? Of(SummaryRow row, PeriodId period, decimal? start)
    {
        var indicator = row.Indicator;
        if (row.Target is not { } target || row.Value is null || !indicator.HigherIsBetter)
        {
            return null;
        }

        var decimals = indicator.IsDerived || indicator.IsRate ? SummaryBuilder.RateDecimals : indicator.Decimals;
        if (!IsLevelIndicator(indicator))
        {
            var share = (decimal)period.MonthCount / MonthsInYear;
            return new TargetPace(row, target, Round(target * share, decimals), null, share);
        }

        var elapsed = (decimal)period.LastMonth.Month / MonthsInYear;
        if (elapsed == 1)
        {
            return new TargetPace(row, target, target, null, elapsed);
        }

        if (start is not { } from)
        {
            return null;
        }

        var required = from >= target ? target : from + ((target - from) * elapsed);
        return new TargetPace(row, target, Round(required, decimals), from, elapsed);
    }

    private static bool IsLevelIndicator(Indicator indicator) => indicator.IsRate || indicator.OverTime == TimeRule.Stock;

    private static decimal Round(decimal value, int decimals) => Math.Round(value, decimals, MidpointRounding.AwayFromZero);
}
