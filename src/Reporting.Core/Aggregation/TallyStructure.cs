using Reporting.Core.Agencies;
using Reporting.Core.Catalog;
using Reporting.Core.Periods;
using static Reporting.Core.Aggregation.Aggregator;

namespace Reporting.Core.Aggregation;

/// <summary>
/// What a province tally's shares rest on and submissions do not change: who is expected to report what in a stored
/// period, who carries whom on the structure date, each agency's active months. Works out a carrier's shares by the
/// aggregation's rules (<see cref="Aggregator"/>: over time, stocks alive at the period's end, what a carrier keeps of
/// its predecessors), from the roll-ups of its members alone.
/// </summary>
public sealed class TallyStructure
{
    private readonly PeriodId period;
    private readonly Dictionary<string, string> carrierOf = new(StringComparer.Ordinal);
    private readonly HashSet<string> sharedCarriers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Agency>> membersOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> expected = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<YearMonth>> activeMonths = new(StringComparer.Ordinal);

    /// <summary>The structure of <paramref name="period"/> (a quarter to a year) over agencies as they stood on <paramref name="structureDate"/>.</summary>
    public TallyStructure(IndicatorCatalog catalog, AgencyDirectory directory, PeriodId period, DateOnly structureDate)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(directory);
        if (period.Kind == PeriodKind.Month)
        {
            throw new ArgumentException("A month's roll-ups carry their values, which a tally does not keep", nameof(period));
        }

        this.period = period;
        Indicators = catalog.Indicators.Where(i => !i.IsDerived).ToList();
        var everyMonth = period.Months.ToList();
        foreach (var agency in directory.Agencies)
        {
            // Worked out here, not on first use: the structure is then read-only (safe to share between threads
            // without the lock each of 190,000 look-ups took), and most agencies share one list.
            var months = everyMonth.Where(month => agency.IsActiveDuring(PeriodId.ForMonth(month))).ToList();
            activeMonths[agency.Code] = months.Count == everyMonth.Count ? everyMonth : months;

            var carrier = directory.CarriedBy(agency.Code, structureDate).Code;
            carrierOf[agency.Code] = carrier;
            if (carrier != agency.Code)
            {
                sharedCarriers.Add(carrier);
            }

            if (!membersOf.TryGetValue(carrier, out var members))
            {
                members = membersOf[carrier] = [];
            }

            members.Add(agency);
        }

        foreach (var agency in directory.ActiveDuring(period).Where(a => FitsIn(a, period)))
        {
            foreach (var code in agency.Indicators)
            {
                if (!expected.TryGetValue(code, out var set))
                {
                    set = expected[code] = new HashSet<string>(StringComparer.Ordinal);
                }

                set.Add(agency.Code);
            }
        }
    }

    /// <summary>The catalog's non-derived indicators, in its order.</summary>
    public IReadOnlyList<Indicator> Indicators { get; }

    /// <summary>Every carrier, in the order of the directory's agencies.</summary>
    public IEnumerable<string> Carriers => membersOf.Keys;

    /// <summary>Whether <paramref name="agencyCode"/> is one of the directory's agencies.</summary>
    public bool Knows(string agencyCode) => carrierOf.ContainsKey(agencyCode);

    public string CarrierOf(string agencyCode) => carrierOf[agencyCode];

    /// <summary>The agencies whose figures make <paramref name="carrier"/>'s shares: itself and those it carries.</summary>
    public IReadOnlyList<Agency> MembersOf(string carrier) => membersOf.GetValueOrDefault(carrier) ?? [];

    /// <summary>
    /// <paramref name="carrier"/>'s share of every indicator it has one in, from <paramref name="rollups"/>, which hold
    /// at least every roll-up of the period of its members.
    /// </summary>
    public CarrierShares SharesOf(string carrier, RollupSet rollups)
    {
        ArgumentNullException.ThrowIfNull(rollups);
        var shares = new List<IndicatorShare>();
        foreach (var indicator in Indicators)
        {
            if (ShareOf(indicator, carrier, rollups.Of(indicator.Code)) is { } share)
            {
                shares.Add(share);
            }
        }

        return new CarrierShares(carrier, shares);
    }

    /// <summary>
    /// The carrier's share of the indicator: its agencies expected to report it or that did (expected first, each in
    /// the directory's order, as the aggregation lists them); null when it has none.
    /// </summary>
    private IndicatorShare? ShareOf(Indicator indicator, string carrier, IReadOnlyDictionary<string, PeriodRollup> submitted)
    {
        var isExpected = expected.GetValueOrDefault(indicator.Code);
        if (!sharedCarriers.Contains(carrier))
        {
            return OwnShareOf(indicator, MembersOf(carrier)[0], isExpected?.Contains(carrier) == true, submitted.GetValueOrDefault(carrier));
        }

        var members = new List<AgencyRollup>();
        foreach (var pass in new[] { true, false })
        {
            foreach (var agency in MembersOf(carrier))
            {
                var expects = isExpected?.Contains(agency.Code) == true;
                var rollup = submitted.GetValueOrDefault(agency.Code);
                if (expects == pass && (expects || rollup is not null))
                {
                    members.Add(OverTime(agency, indicator, MonthsOf(agency), period, rollup));
                }
            }
        }

        if (members.Count == 0)
        {
            return null;
        }

        var kept = sharedCarriers.Contains(carrier) ? Kept(indicator, members) : members;
        var (sum, yes, count, estimated, sourceCount) = (0m, 0, 0, 0, 0);
        foreach (var figure in kept)
        {
            if (!CountsAtPeriodEnd(indicator, figure, period) || figure.Value is not { } v)
            {
                continue;
            }

            (sum, yes, count) = (sum + v, yes + (v == 1 ? 1 : 0), count + 1);
            estimated += figure.Rollup!.IsEstimateBy(indicator.OverTime) ? 1 : 0;
            sourceCount += figure.Rollup.SourceCountBy(indicator.OverTime);
        }

        var (reported, complete) = (0, true);
        foreach (var figure in members)
        {
            reported += figure.Value is null ? 0 : 1;
            complete &= figure.Complete;
        }

        // Only figures actually used: a predecessor's June stock is not carried into a December stock.
        string[] predecessors = sharedCarriers.Contains(carrier) ? [.. kept.Where(f => f.Agency.Code != carrier && f.Rollup is not null).Select(f => f.Agency.Code)] : [];
        return new IndicatorShare(indicator.Code, sum, yes, count, estimated, sourceCount, reported, members.Count, complete, predecessors);
    }

    /// <summary>
    /// <see cref="ShareOf"/> for a carrier that carries no other agency, as most are, without the lists a shared one
    /// needs: the share is its own figure. A tally of 5,000 agencies works out 190,000 of them.
    /// </summary>
    private IndicatorShare? OwnShareOf(Indicator indicator, Agency agency, bool expects, PeriodRollup? rollup)
    {
        if (!expects && rollup is null)
        {
            return null;
        }

        var figure = OverTime(agency, indicator, MonthsOf(agency), period, rollup);
        if (!CountsAtPeriodEnd(indicator, figure, period) || figure.Value is not { } v)
        {
            return new IndicatorShare(indicator.Code, 0m, 0, 0, 0, 0, figure.Value is null ? 0 : 1, 1, figure.Complete, []);
        }

        return new IndicatorShare(
            indicator.Code,
            0m + v,
            v == 1 ? 1 : 0,
            1,
            figure.Rollup!.IsEstimateBy(indicator.OverTime) ? 1 : 0,
            figure.Rollup.SourceCountBy(indicator.OverTime),
            1,
            1,
            figure.Complete,
            []);
    }

    /// <summary>The months of the period <paramref name="agency"/> (one of the directory's) existed in; never changed by a caller.</summary>
    private List<YearMonth> MonthsOf(Agency agency) => activeMonths[agency.Code];
}
