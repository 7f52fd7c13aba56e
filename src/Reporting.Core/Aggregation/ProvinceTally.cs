using Reporting.Core.Agencies;
using Reporting.Core.Catalog;
using Reporting.Core.Periods;

namespace Reporting.Core.Aggregation;

/// <summary>
/// A period's province figures kept as each carrier's share of every indicator (an agency's own, or those of a successor
/// and the agencies it carries) and their totals, so that a submission changes one carrier's shares and the totals by
/// the difference, not aggregated again from every agency's roll-ups: on a report day at 5,000 agencies an upload then
/// costs a portal's readers one carrier's roll-ups, and `reporting summary` the same from the shares it keeps.
/// </summary>
/// <remarks>
/// The rules are <see cref="Aggregator"/>'s (see <see cref="TallyStructure"/>), used on one carrier at a time; a test
/// holds the result equal to <see cref="Aggregator.Aggregate(RollupSet, DateOnly, AggregateDetail)"/> after random
/// changes. For stored periods only (quarters to years), whose roll-ups carry no values: a province figure here lists
/// no sources.
/// </remarks>
public sealed class ProvinceTally
{
    private readonly TallyStructure structure;
    private readonly IndicatorCatalog catalog;
    private readonly Dictionary<string, CarrierShares> shares;

    private ProvinceTally(IndicatorCatalog catalog, TallyStructure structure, RollupSet rollups, Dictionary<string, CarrierShares> shares, ProvinceTotals totals)
    {
        (this.catalog, this.structure, this.shares, Rollups, Totals) = (catalog, structure, shares, rollups, totals);
        Aggregate = totals.ToAggregate(catalog, rollups.Period);
    }

    /// <summary>The province figures, derived ones included, as <see cref="AggregateDetail.Province"/> gives them.</summary>
    public PeriodAggregate Aggregate { get; }

    /// <summary>The period's roll-ups the tally is of.</summary>
    public RollupSet Rollups { get; }

    /// <summary>Every carrier's shares added up.</summary>
    public ProvinceTotals Totals { get; }

    /// <summary>Every carrier's shares, for those that have any.</summary>
    public IEnumerable<CarrierShares> Shares => shares.Values;

    /// <summary>Tallies a stored period's roll-ups over agencies as they stood on <paramref name="structureDate"/>.</summary>
    public static ProvinceTally Of(IndicatorCatalog catalog, AgencyDirectory directory, RollupSet rollups, DateOnly structureDate)
    {
        ArgumentNullException.ThrowIfNull(rollups);
        var structure = new TallyStructure(catalog, directory, rollups.Period, structureDate);
        var shares = structure.Carriers.Select(c => structure.SharesOf(c, rollups)).Where(s => s.Shares.Count > 0).ToDictionary(s => s.Carrier, StringComparer.Ordinal);
        return new ProvinceTally(catalog, structure, rollups, shares, ProvinceTotals.Of(structure.Indicators, shares.Values));
    }

    /// <summary>
    /// The tally after <paramref name="agencies"/> stored submissions of the period: their roll-ups replaced by
    /// <paramref name="theirs"/> and their carriers' shares worked out again, every other share kept.
    /// </summary>
    public ProvinceTally Replacing(IReadOnlySet<string> agencies, IEnumerable<PeriodRollup> theirs)
    {
        var after = Rollups.Replacing(agencies, theirs);
        var carriers = agencies.Select(structure.CarrierOf).Distinct(StringComparer.Ordinal).ToList();
        var removed = carriers.Select(c => shares.GetValueOrDefault(c)).OfType<CarrierShares>().ToList();
        var added = carriers.Select(c => structure.SharesOf(c, after)).Where(s => s.Shares.Count > 0).ToList();
        var replaced = new Dictionary<string, CarrierShares>(shares, StringComparer.Ordinal);
        foreach (var carrier in carriers)
        {
            replaced.Remove(carrier);
        }

        foreach (var carrier in added)
        {
            replaced[carrier.Carrier] = carrier;
        }

        return new ProvinceTally(catalog, structure, after, replaced, Totals.Replacing(removed, added));
    }
}
