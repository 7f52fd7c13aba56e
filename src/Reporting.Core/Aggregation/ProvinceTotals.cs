using Reporting.Core.Catalog;
using Reporting.Core.Periods;

namespace Reporting.Core.Aggregation;

/// <summary>
/// Every carrier's shares of a period's province figures added up, per indicator, kept so that a submission changes the
/// province figures by taking out its carrier's old shares and adding the new ones: exact, for figures are stored in
/// millionths and summed, never averaged. What the whole sum has that a difference would lose is kept too: how many
/// shares are incomplete (a province figure is complete when none is), and how many shares have each decimal scale (a
/// sum of 1.25 and 1.75 is 3.00; taking 1.25 out of 3.25 gives 2.00 where adding the others gives 2).
/// </summary>
public sealed class ProvinceTotals
{
    private readonly Dictionary<string, IndicatorTotal> byIndicator;
    private readonly Dictionary<string, IReadOnlyList<string>> carried;

    /// <param name="indicators">Each non-derived indicator's total, in the catalog's order.</param>
    /// <param name="carried">Every carrier that uses earlier agencies' figures, with them.</param>
    public ProvinceTotals(IReadOnlyList<IndicatorTotal> indicators, IReadOnlyDictionary<string, IReadOnlyList<string>> carried)
    {
        Indicators = indicators;
        byIndicator = indicators.ToDictionary(t => t.Code, StringComparer.Ordinal);
        this.carried = new Dictionary<string, IReadOnlyList<string>>(carried, StringComparer.Ordinal);
    }

    public IReadOnlyList<IndicatorTotal> Indicators { get; }

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Carried => carried;

    /// <summary>The totals of <paramref name="shares"/>, over <paramref name="indicators"/> (the catalog's non-derived ones).</summary>
    public static ProvinceTotals Of(IEnumerable<Indicator> indicators, IEnumerable<CarrierShares> shares) =>
        new ProvinceTotals(indicators.Select(i => new IndicatorTotal(i.Code, 0m, 0, 0, 0, 0, 0, 0, 0, [])).ToList(), new Dictionary<string, IReadOnlyList<string>>()).Replacing([], shares);

    /// <summary>These totals with <paramref name="removed"/> taken out and <paramref name="added"/> added (a carrier's old and new shares).</summary>
    public ProvinceTotals Replacing(IEnumerable<CarrierShares> removed, IEnumerable<CarrierShares> added)
    {
        var totals = Indicators.ToDictionary(t => t.Code, t => new Accumulator(t), StringComparer.Ordinal);
        var replaced = new Dictionary<string, IReadOnlyList<string>>(carried, StringComparer.Ordinal);
        foreach (var carrier in removed)
        {
            replaced.Remove(carrier.Carrier);
            foreach (var share in carrier.Shares)
            {
                Total(totals, share).Add(share, -1);
            }
        }

        foreach (var carrier in added)
        {
            foreach (var share in carrier.Shares)
            {
                Total(totals, share).Add(share, 1);
            }

            if (carrier.Carried is { Count: > 0 } predecessors)
            {
                replaced[carrier.Carrier] = predecessors;
            }
        }

        return new ProvinceTotals(Indicators.Select(t => totals[t.Code].Total).ToList(), replaced);
    }

    /// <summary>
    /// The province figures, derived ones included, as <see cref="AggregateDetail.Province"/> gives them: for stored
    /// periods (quarters to years), whose figures list no sources.
    /// </summary>
    public PeriodAggregate ToAggregate(IndicatorCatalog catalog, PeriodId period)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var province = new Dictionary<string, Figure>(StringComparer.Ordinal);
        foreach (var indicator in catalog.Indicators.Where(i => !i.IsDerived))
        {
            if (!byIndicator.TryGetValue(indicator.Code, out var total))
            {
                throw new ArgumentException($"The totals have no indicator {indicator.Code} of the catalog", nameof(catalog));
            }

            province[indicator.Code] = total.ToFigure(indicator.OverAgencies);
        }

        foreach (var derived in catalog.DerivedInDependencyOrder())
        {
            province[derived.Code] = Aggregator.Derive(derived, code => province.GetValueOrDefault(code));
        }

        return new PeriodAggregate(period, province, new Dictionary<(string, string), Figure>(), new Dictionary<(string, string), Figure>(), carried);
    }

    /// <summary>Whether these totals are of exactly <paramref name="catalog"/>'s non-derived indicators.</summary>
    public bool Fits(IndicatorCatalog catalog) =>
        catalog.Indicators.Where(i => !i.IsDerived).Select(i => i.Code).SequenceEqual(Indicators.Select(t => t.Code), StringComparer.Ordinal);

    private static Accumulator Total(Dictionary<string, Accumulator> totals, IndicatorShare share) =>
        totals.TryGetValue(share.IndicatorCode, out var total)
            ? total
            : throw new ArgumentException($"A share of {share.IndicatorCode}, which the totals do not have");

    /// <summary>An indicator's total while shares are added (<c>sign</c> 1) and taken out (-1).</summary>
    private sealed class Accumulator(IndicatorTotal from)
    {
        private readonly List<int> scales = [.. from.Scales];
        private decimal sum = from.Sum;
        private int yes = from.Yes, count = from.Count, estimated = from.Estimated, sourceCount = from.SourceCount;
        private int reported = from.Reported, expected = from.Expected, incomplete = from.Incomplete;

        public IndicatorTotal Total => new(from.Code, sum, yes, count, estimated, sourceCount, reported, expected, incomplete, scales.ToArray());

        public void Add(IndicatorShare share, int sign)
        {
            sum = sign > 0 ? sum + share.Sum : sum - share.Sum;
            (yes, count, estimated) = (yes + (sign * share.Yes), count + (sign * share.Count), estimated + (sign * share.Estimated));
            (sourceCount, reported, expected) = (sourceCount + (sign * share.SourceCount), reported + (sign * share.Reported), expected + (sign * share.Expected));
            incomplete += share.Complete ? 0 : sign;
            while (scales.Count <= share.Sum.Scale)
            {
                scales.Add(0);
            }

            scales[share.Sum.Scale] += sign;
        }
    }
}

/// <summary>One indicator's shares added up (see <see cref="ProvinceTotals"/>).</summary>
/// <param name="Incomplete">How many shares are incomplete.</param>
/// <param name="Scales">How many shares' sums have each decimal scale (index: the scale), for the sum's own.</param>
public sealed record IndicatorTotal(string Code, decimal Sum, int Yes, int Count, int Estimated, int SourceCount, int Reported, int Expected, int Incomplete, IReadOnlyList<int> Scales)
{
    /// <summary>The province figure: the sum at the scale the shares' largest gives it, as adding them all up would.</summary>
    internal Figure ToFigure(AgencyRule rule)
    {
        var scale = (byte)Scales.Select((n, s) => n > 0 ? s : 0).DefaultIfEmpty(0).Max();
        decimal? value = rule switch
        {
            _ when Count == 0 => null,
            AgencyRule.Sum => decimal.Round(Sum, scale) + new decimal(0, 0, 0, false, scale),
            AgencyRule.ShareYes => Yes * 100m / Count,
            _ => null,
        };
        return new Figure(Code, value, Reported, Expected, Incomplete == 0, [])
        {
            SourceCount = SourceCount,
            Estimated = Estimated,
            EstimatedAmong = Reported,
        };
    }
}
