using Reporting.Core.Agencies;
using Reporting.Core.Catalog;
using Reporting.Core.Periods;
using static Reporting.Core.Aggregation.Aggregator;

namespace Reporting.Core.Aggregation;

/// <summary>
/// A period's province figures kept as each carrier's share of every indicator (an agency's own, or those of a successor
/// and the agencies it carries), so that a submission changes one share and the province figures are summed again
/// from the shares, not aggregated again from every agency's roll-ups: on a report day at 5,000 agencies an upload then
/// costs a portal's readers less than half an aggregation of 190,000 roll-ups, and no read of them.
/// </summary>
/// <remarks>
/// The rules are <see cref="Aggregator"/>'s (who is expected, over time, stocks alive at the period's end, what a
/// carrier keeps of its predecessors, derived indicators), used here on one carrier at a time; a test holds the result
/// equal to <see cref="Aggregator.Aggregate(RollupSet, DateOnly, AggregateDetail)"/> after random changes. For stored
/// periods only (quarters to years), whose roll-ups carry no values: a province figure here lists no sources.
/// </remarks>
public sealed class ProvinceTally
{
    private readonly Structure structure;
    private readonly RollupSet rollups;

    /// <summary>Per non-derived indicator (catalog order), each carrier's share.</summary>
    private readonly Dictionary<string, Share>[] shares;

    private ProvinceTally(Structure structure, RollupSet rollups, Dictionary<string, Share>[] shares)
    {
        (this.structure, this.rollups, this.shares) = (structure, rollups, shares);
        Aggregate = structure.Sum(shares);
    }

    /// <summary>The province figures, derived ones included, as <see cref="AggregateDetail.Province"/> gives them.</summary>
    public PeriodAggregate Aggregate { get; }

    /// <summary>The period's roll-ups the tally is of.</summary>
    public RollupSet Rollups => rollups;

    /// <summary>Tallies a stored period's roll-ups over agencies as they stood on <paramref name="structureDate"/>.</summary>
    public static ProvinceTally Of(IndicatorCatalog catalog, AgencyDirectory directory, RollupSet rollups, DateOnly structureDate)
    {
        ArgumentNullException.ThrowIfNull(rollups);
        if (rollups.Period.Kind == PeriodKind.Month)
        {
            throw new ArgumentException("A month's roll-ups carry their values, which a tally does not keep", nameof(rollups));
        }

        var structure = new Structure(catalog, directory, rollups.Period, structureDate);
        var shares = new Dictionary<string, Share>[structure.Indicators.Count];
        for (var i = 0; i < shares.Length; i++)
        {
            var indicator = structure.Indicators[i];
            var carriers = structure.Expected(indicator.Code).Select(structure.CarrierOf)
                .Concat(rollups.Of(indicator.Code).Keys.Select(structure.CarrierOf))
                .Distinct(StringComparer.Ordinal);
            shares[i] = new Dictionary<string, Share>(StringComparer.Ordinal);
            foreach (var carrier in carriers)
            {
                if (structure.ShareOf(indicator, carrier, rollups.Of(indicator.Code)) is { } share)
                {
                    shares[i][carrier] = share;
                }
            }
        }

        return new ProvinceTally(structure, rollups, shares);
    }

    /// <summary>
    /// The tally after <paramref name="agencies"/> stored submissions of the period: their roll-ups replaced by
    /// <paramref name="theirs"/> and their carriers' shares worked out again, every other share kept.
    /// </summary>
    public ProvinceTally Replacing(IReadOnlySet<string> agencies, IEnumerable<PeriodRollup> theirs)
    {
        var after = rollups.Replacing(agencies, theirs);
        var carriers = agencies.Select(structure.CarrierOf).Distinct(StringComparer.Ordinal).ToList();
        var replaced = new Dictionary<string, Share>[shares.Length];
        for (var i = 0; i < shares.Length; i++)
        {
            var indicator = structure.Indicators[i];
            replaced[i] = new Dictionary<string, Share>(shares[i], StringComparer.Ordinal);
            foreach (var carrier in carriers)
            {
                if (structure.ShareOf(indicator, carrier, after.Of(indicator.Code)) is { } share)
                {
                    replaced[i][carrier] = share;
                }
                else
                {
                    replaced[i].Remove(carrier);
                }
            }
        }

        return new ProvinceTally(structure, after, replaced);
    }

    /// <summary>One carrier's part of an indicator's province figure: what <c>Combine</c> adds up, over its agencies.</summary>
    /// <param name="Predecessors">Agencies carried into this one whose figures it uses (see <see cref="PeriodAggregate.CarriedInto"/>).</param>
    private readonly record struct Share(decimal Sum, int Yes, int Count, int Estimated, int SourceCount, int Reported, int Expected, bool Complete, string[] Predecessors);

    /// <summary>What does not change with submissions: who is expected, who carries whom, each agency's active months.</summary>
    private sealed class Structure
    {
        private readonly IndicatorCatalog catalog;
        private readonly AgencyDirectory directory;
        private readonly PeriodId period;
        private readonly Dictionary<string, string> carrierOf = new(StringComparer.Ordinal);
        private readonly HashSet<string> sharedCarriers = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<Agency>> membersOf = new(StringComparer.Ordinal);
        private readonly Dictionary<string, HashSet<string>> expected = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<Agency>> expectedInOrder = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<YearMonth>> activeMonths = new(StringComparer.Ordinal);

        public Structure(IndicatorCatalog catalog, AgencyDirectory directory, PeriodId period, DateOnly structureDate)
        {
            (this.catalog, this.directory, this.period) = (catalog, directory, period);
            Indicators = catalog.Indicators.Where(i => !i.IsDerived).ToList();
            foreach (var agency in directory.Agencies)
            {
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
                        (set, expectedInOrder[code]) = (expected[code] = new HashSet<string>(StringComparer.Ordinal), []);
                    }

                    if (set.Add(agency.Code))
                    {
                        expectedInOrder[code].Add(agency);
                    }
                }
            }
        }

        /// <summary>The catalog's non-derived indicators, in its order.</summary>
        public IReadOnlyList<Indicator> Indicators { get; }

        public string CarrierOf(string agencyCode) => carrierOf[agencyCode];

        public string CarrierOf(Agency agency) => carrierOf[agency.Code];

        public IEnumerable<Agency> Expected(string indicatorCode) => expectedInOrder.GetValueOrDefault(indicatorCode) ?? [];

        /// <summary>
        /// The carrier's share of the indicator: its agencies expected to report it or that did (expected first, each in
        /// the directory's order, as the aggregation lists them); null when it has none.
        /// </summary>
        public Share? ShareOf(Indicator indicator, string carrier, IReadOnlyDictionary<string, PeriodRollup> submitted)
        {
            var isExpected = expected.GetValueOrDefault(indicator.Code);
            var members = new List<AgencyRollup>();
            foreach (var pass in new[] { true, false })
            {
                foreach (var agency in membersOf.GetValueOrDefault(carrier) ?? [])
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
            var predecessors = sharedCarriers.Contains(carrier) ? kept.Where(f => f.Agency.Code != carrier && f.Rollup is not null).Select(f => f.Agency.Code).ToArray() : [];
            return new Share(sum, yes, count, estimated, sourceCount, reported, members.Count, complete, predecessors);
        }

        /// <summary>The province figures from every carrier's share, then the derived indicators, by the aggregation's rules.</summary>
        public PeriodAggregate Sum(Dictionary<string, Share>[] shares)
        {
            var province = new Dictionary<string, Figure>(StringComparer.Ordinal);
            var carried = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
            for (var i = 0; i < shares.Length; i++)
            {
                var indicator = Indicators[i];
                var (sum, yes, count, estimated, sourceCount, reported, expectedCount, complete) = (0m, 0, 0, 0, 0, 0, 0, true);
                foreach (var (carrier, share) in shares[i])
                {
                    (sum, yes, count, estimated, sourceCount) = (sum + share.Sum, yes + share.Yes, count + share.Count, estimated + share.Estimated, sourceCount + share.SourceCount);
                    (reported, expectedCount, complete) = (reported + share.Reported, expectedCount + share.Expected, complete && share.Complete);
                    if (share.Predecessors.Length > 0)
                    {
                        carried[carrier] = carried.GetValueOrDefault(carrier, []).Union(share.Predecessors, StringComparer.Ordinal).ToList();
                    }
                }

                decimal? value = indicator.OverAgencies switch
                {
                    _ when count == 0 => null,
                    AgencyRule.Sum => sum,
                    AgencyRule.ShareYes => yes * 100m / count,
                    _ => null,
                };
                province[indicator.Code] = new Figure(indicator.Code, value, reported, expectedCount, complete, [])
                {
                    SourceCount = sourceCount,
                    Estimated = estimated,
                    EstimatedAmong = reported,
                };
            }

            foreach (var derived in catalog.DerivedInDependencyOrder())
            {
                province[derived.Code] = Derive(derived, code => province.GetValueOrDefault(code));
            }

            return new PeriodAggregate(period, province, new Dictionary<(string, string), Figure>(), new Dictionary<(string, string), Figure>(), carried);
        }

        private List<YearMonth> MonthsOf(Agency agency)
        {
            lock (activeMonths)
            {
                return activeMonths.TryGetValue(agency.Code, out var months)
                    ? months
                    : activeMonths[agency.Code] = period.Months.Where(month => agency.IsActiveDuring(PeriodId.ForMonth(month))).ToList();
            }
        }
    }
}
