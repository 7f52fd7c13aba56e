using Reporting.Core.Agencies;
using Reporting.Core.Aggregation;
using Reporting.Core.Catalog;
using Reporting.Core.Periods;
using Reporting.Core.Submissions;

namespace Reporting.Core.Summary;

/// <summary>Builds a <see cref="PeriodSummary"/>: both periods aggregated with today's agency structure, then compared.</summary>
/// <param name="directory">
/// The agencies, needed to aggregate and to break figures down by group; without it the builder compares periods
/// already aggregated (province or agency rows), for callers that need not read the agency list for that.
/// </param>
public sealed class SummaryBuilder(IndicatorCatalog catalog, AgencyDirectory? directory = null)
{
    private AgencyDirectory Directory => directory ?? throw new InvalidOperationException("Aggregating, or breaking figures down by group, needs the agency directory.");

    /// <summary>Decimals derived rates and changes are rounded to, so that shown figures subtract exactly.</summary>
    public const int RateDecimals = 2;

    public PeriodSummary Build(IReadOnlyCollection<ReportedValue> currentValues, PeriodId period, PeriodId? compare = null) =>
        Build(new ValueIndex(currentValues), period, compare);

    /// <inheritdoc cref="Build(IReadOnlyCollection{ReportedValue}, PeriodId, PeriodId?)"/>
    public PeriodSummary Build(ValueIndex currentValues, PeriodId period, PeriodId? compare = null) =>
        Build(currentValues.RollupsFor(period), currentValues.RollupsFor(compare ?? period.SamePeriodLastYear));

    /// <summary>The period of <paramref name="current"/> against that of <paramref name="compare"/>, from agencies' roll-ups.</summary>
    /// <param name="detail">Whether groups' and agencies' figures are kept as well as the province's.</param>
    public PeriodSummary Build(RollupSet current, RollupSet compare, AggregateDetail detail = AggregateDetail.Agencies)
    {
        var structureDate = StructureDate(current.Period);
        var aggregator = new Aggregator(catalog, Directory);

        // The two periods are independent (the aggregator and its inputs are read-only): one core each.
        PeriodAggregate currentAggregate = null!, previous = null!;
        Parallel.Invoke(
            () => currentAggregate = aggregator.Aggregate(current, structureDate, detail),
            () => previous = aggregator.Aggregate(compare, structureDate, detail));
        return Build(currentAggregate, previous);
    }

    /// <summary>
    /// The summary of two periods already aggregated over agencies as they stood at the end of
    /// <paramref name="current"/>'s period (<see cref="StructureDate"/>), as the other overload aggregates them.
    /// </summary>
    public PeriodSummary Build(PeriodAggregate current, PeriodAggregate compare)
    {
        var rows = catalog.Indicators.Select(i => Compare(i, current.Province(i.Code), compare.Province(i.Code), current.Period.Year)).ToList();
        return new PeriodSummary(current.Period, compare.Period, StructureDate(current.Period), current, compare, rows);
    }

    /// <summary>
    /// The summary's rows at a level: the province's (level "province"), or each group's or agency's indicators with a
    /// figure in either period, groups in the directory's order and agencies by code.
    /// </summary>
    public IEnumerable<LevelRow> RowsBy(PeriodSummary summary, AggregateDetail detail)
    {
        var year = summary.Period.Year;
        return detail switch
        {
            AggregateDetail.Groups => Directory.Groups.SelectMany(g => catalog.Indicators
                .Select(i => new LevelRow(g.Code, Compare(i, summary.Current.Group(g.Code, i.Code), summary.Compare.Group(g.Code, i.Code), year)))
                .Where(r => r.Row.Value is not null || r.Row.CompareValue is not null)),
            AggregateDetail.Agencies => summary.Current.Agencies.Concat(summary.Compare.Agencies).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
                .SelectMany(a => catalog.Indicators
                    .Select(i => new LevelRow(a, Compare(i, summary.Current.Agency(a, i.Code), summary.Compare.Agency(a, i.Code), year)))
                    .Where(r => r.Row.Value is not null || r.Row.CompareValue is not null)),
            _ => summary.Rows.Select(r => new LevelRow("province", r)),
        };
    }

    /// <summary>A report shows agencies as they stood at the end of its period.</summary>
    public static DateOnly StructureDate(PeriodId period) => period.LastMonth.LastDay;

    public static decimal? Shown(Indicator indicator, decimal? value) =>
        value is { } v && (indicator.IsDerived || indicator.IsRate) ? Math.Round(v, RateDecimals, MidpointRounding.AwayFromZero) : value;

    /// <summary>Compares two figures of an indicator (province, group or agency level) and sets the year's target.</summary>
    public static SummaryRow Compare(Indicator indicator, Figure current, Figure compare, int year)
    {
        var value = Shown(indicator, current.Value);
        var compareValue = Shown(indicator, compare.Value);
        var unit = indicator.IsRate ? ChangeUnit.PercentagePoints : ChangeUnit.Percent;
        decimal? change = (value, compareValue) switch
        {
            ({ } v, { } c) when unit == ChangeUnit.PercentagePoints => v - c,
            ({ } v, { } c) when c != 0 => Math.Round((v - c) / c * 100, RateDecimals, MidpointRounding.AwayFromZero),
            _ => null,
        };
        var target = indicator.TargetFor(year);
        decimal? attainment = value is { } x && target is { } t && t != 0 ? Math.Round(x / t * 100, RateDecimals, MidpointRounding.AwayFromZero) : null;
        return new SummaryRow(indicator, value, compareValue, change, unit, target, attainment, current, compare);
    }
}
