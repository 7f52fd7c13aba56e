using System.Runtime.InteropServices;
using Reporting.Core.Agencies;
using Reporting.Core.Catalog;
using Reporting.Core.Periods;
using Reporting.Core.Submissions;

namespace Reporting.Core.Aggregation;

/// <summary>
/// Rolls submitted values up over time (flow: sum, stock: latest) and over agencies (sum, share of yes),
/// then computes derived indicators from the aggregated parts. The one place these rules live.
/// </summary>
public sealed class Aggregator(IndicatorCatalog catalog, AgencyDirectory directory)
{
    /// <summary>
    /// Aggregates <paramref name="period"/> from the current submitted values, with agencies as they stood on
    /// <paramref name="structureDate"/>: figures of agencies merged or renamed before then are carried by their successor.
    /// </summary>
    public PeriodAggregate Aggregate(IEnumerable<ReportedValue> currentValues, PeriodId period, DateOnly structureDate) =>
        Aggregate(new ValueIndex(currentValues), period, structureDate);

    /// <inheritdoc cref="Aggregate(IEnumerable{ReportedValue}, PeriodId, DateOnly)"/>
    public PeriodAggregate Aggregate(ValueIndex values, PeriodId period, DateOnly structureDate) =>
        Aggregate(values.RollupsFor(period), structureDate);

    /// <summary>
    /// Aggregates the period of <paramref name="rollups"/> (each agency's roll-up over time, computed in memory or
    /// stored on import) over agencies as they stood on <paramref name="structureDate"/>.
    /// </summary>
    /// <param name="detail">Whether groups' and agencies' figures are kept too (<see cref="PeriodAggregate.Group"/>, <see cref="PeriodAggregate.Agency"/>).</param>
    public PeriodAggregate Aggregate(RollupSet rollups, DateOnly structureDate, AggregateDetail detail = AggregateDetail.Agencies) =>
        Aggregate(rollups.Period, catalog.Indicators.Where(i => !i.IsDerived).Select(i => (i, rollups.Of(i.Code))), structureDate, detail, provinceContributions: true);

    /// <summary>
    /// The province figures alone, by the same rules, without the roll-ups and values they were made of (groups and
    /// agencies are left empty; carried predecessors stay, for notes): for a trend, which shows province values only. The roll-ups
    /// come one indicator at a time (as read from storage in indicator order), so only one indicator's need be in
    /// memory at once, not those of thousands of agencies for every indicator.
    /// </summary>
    public PeriodAggregate AggregateProvince(PeriodId period, IEnumerable<(string IndicatorCode, IReadOnlyDictionary<string, PeriodRollup> ByAgency)> byIndicator, DateOnly structureDate)
    {
        var full = Aggregate(period, InCatalog(byIndicator), structureDate, AggregateDetail.Province, provinceContributions: false);
        var figures = catalog.Indicators.ToDictionary(i => i.Code, i => full.Province(i.Code) with { Sources = [] }, StringComparer.Ordinal);
        return new PeriodAggregate(period, figures, new Dictionary<(string, string), Figure>(), new Dictionary<(string, string), Figure>(), full.Carried);
    }

    /// <summary>The catalog's indicators among those handed over, in their order, then those not handed over (none reported).</summary>
    private IEnumerable<(Indicator, IReadOnlyDictionary<string, PeriodRollup>)> InCatalog(IEnumerable<(string IndicatorCode, IReadOnlyDictionary<string, PeriodRollup> ByAgency)> byIndicator)
    {
        var left = catalog.Indicators.Where(i => !i.IsDerived).ToDictionary(i => i.Code, StringComparer.Ordinal);
        foreach (var (code, byAgency) in byIndicator)
        {
            if (left.Remove(code, out var indicator))
            {
                yield return (indicator, byAgency);
            }
        }

        foreach (var indicator in catalog.Indicators.Where(i => left.ContainsKey(i.Code)))
        {
            yield return (indicator, RollupSet.NoRollups);
        }
    }

    /// <param name="byIndicator">Each non-derived indicator of the catalog once, with its agencies' roll-ups.</param>
    /// <param name="provinceContributions">Whether province figures list the roll-ups they were made of (traces do).</param>
    private PeriodAggregate Aggregate(
        PeriodId period, IEnumerable<(Indicator Indicator, IReadOnlyDictionary<string, PeriodRollup> Rollups)> byIndicator, DateOnly structureDate, AggregateDetail detail, bool provinceContributions)
    {
        var province = new Dictionary<string, Figure>(StringComparer.Ordinal);
        var byGroup = new Dictionary<(string, string), Figure>();
        var byAgency = new Dictionary<(string, string), Figure>(detail == AggregateDetail.Agencies ? directory.Agencies.Count * catalog.Indicators.Count : 0);
        var carried = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);

        // Per agency, once: the months it existed in the period and who carries its figures.
        var activeMonths = new Dictionary<string, List<YearMonth>>(StringComparer.Ordinal);
        var carrierOf = new Dictionary<string, Agency>(StringComparer.Ordinal);
        List<YearMonth> MonthsOf(Agency a) => activeMonths.TryGetValue(a.Code, out var m)
            ? m
            : activeMonths[a.Code] = period.Months.Where(month => a.IsActiveDuring(PeriodId.ForMonth(month))).ToList();
        Agency CarrierOf(string code) => carrierOf.TryGetValue(code, out var c) ? c : carrierOf[code] = directory.CarriedBy(code, structureDate);

        // Who is expected to report what, once for all indicators (thousands of agencies, dozens of indicators).
        var expectedBy = new Dictionary<string, List<Agency>>(StringComparer.Ordinal);
        foreach (var agency in directory.ActiveDuring(period).Where(a => FitsIn(a, period)))
        {
            foreach (var code in agency.Indicators)
            {
                if (!expectedBy.TryGetValue(code, out var list))
                {
                    // Sized once: grown by doubling, each list would leave thousands of agencies' worth behind.
                    list = expectedBy[code] = new List<Agency>(directory.Agencies.Count);
                }

                list.Add(agency);
            }
        }

        // Carriers that carry another agency's figures besides their own: most carry only their own, and a figure of
        // one agency needs no grouping.
        var sharedCarriers = directory.Agencies.Select(a => (a.Code, Carrier: CarrierOf(a.Code).Code))
            .Where(p => p.Code != p.Carrier).Select(p => p.Carrier).ToHashSet(StringComparer.Ordinal);

        // Working lists reused from one indicator to the next: with thousands of agencies each would be a large object,
        // which only a full collection frees.
        var perAgency = new List<AgencyRollup>(directory.Agencies.Count);
        var kept = new List<AgencyRollup>(directory.Agencies.Count);
        var seen = new HashSet<string>(directory.Agencies.Count, StringComparer.Ordinal);
        var byGroupOf = new Dictionary<string, (List<AgencyRollup> Kept, List<AgencyRollup> All)>(StringComparer.Ordinal);
        var groupOrder = new List<string>();
        foreach (var (indicator, submitted) in byIndicator)
        {
            var expected = expectedBy.GetValueOrDefault(indicator.Code) ?? [];
            perAgency.Clear();
            kept.Clear();
            seen.Clear();
            foreach (var agency in expected)
            {
                seen.Add(agency.Code);
                perAgency.Add(OverTime(agency, indicator, MonthsOf(agency), period, submitted.GetValueOrDefault(agency.Code)));
            }

            foreach (var (code, rollup) in submitted)
            {
                if (seen.Add(code))
                {
                    var agency = directory[code];
                    perAgency.Add(OverTime(agency, indicator, MonthsOf(agency), period, rollup));
                }
            }

            // Agencies carried by a shared carrier are grouped under it, placed where its first member comes.
            var groups = new Dictionary<string, List<AgencyRollup>>(StringComparer.Ordinal);
            foreach (var figure in perAgency)
            {
                var carrierCode = CarrierOf(figure.Agency.Code).Code;
                if (sharedCarriers.Contains(carrierCode))
                {
                    if (!groups.TryGetValue(carrierCode, out var members))
                    {
                        members = groups[carrierCode] = [];
                    }

                    members.Add(figure);
                }
            }

            foreach (var figure in perAgency)
            {
                var carrierCode = CarrierOf(figure.Agency.Code).Code;
                if (!groups.TryGetValue(carrierCode, out var all))
                {
                    if (CountsAtPeriodEnd(indicator, figure, period))
                    {
                        kept.Add(figure);
                    }

                    if (detail == AggregateDetail.Agencies)
                    {
                        var one = figure;
                        var alone = new ReadOnlySpan<AgencyRollup>(ref one);
                        byAgency[(carrierCode, indicator.Code)] = Combine(indicator, alone, alone, withContributions: false);
                    }

                    continue;
                }

                if (!ReferenceEquals(all[0].Agency, figure.Agency))
                {
                    // Not the group's first member: the group was taken where its first member came.
                    continue;
                }

                var members = Kept(indicator, all);
                foreach (var member in members)
                {
                    if (CountsAtPeriodEnd(indicator, member, period))
                    {
                        kept.Add(member);
                    }
                }

                if (detail == AggregateDetail.Agencies)
                {
                    byAgency[(carrierCode, indicator.Code)] = Combine(indicator, CollectionsMarshal.AsSpan(members), CollectionsMarshal.AsSpan(all), withContributions: false);
                }

                // Only figures actually used: a predecessor's June stock is not carried into a December stock.
                if (members.Exists(f => f.Agency.Code != carrierCode && f.Rollup is not null))
                {
                    var predecessors = members.Where(f => f.Agency.Code != carrierCode && f.Rollup is not null).Select(f => f.Agency.Code);
                    carried[carrierCode] = carried.GetValueOrDefault(carrierCode, []).Union(predecessors, StringComparer.Ordinal).ToList();
                }
            }

            province[indicator.Code] = Combine(indicator, CollectionsMarshal.AsSpan(kept), CollectionsMarshal.AsSpan(perAgency), provinceContributions);
            if (detail == AggregateDetail.Province)
            {
                continue;
            }

            // Groups in the order their first agency comes, each with its agencies in order.
            groupOrder.Clear();
            foreach (var lists in byGroupOf.Values)
            {
                lists.Kept.Clear();
                lists.All.Clear();
            }

            foreach (var figure in perAgency)
            {
                var group = CarrierOf(figure.Agency.Code).Group;
                if (!byGroupOf.TryGetValue(group, out var lists))
                {
                    lists = byGroupOf[group] = ([], []);
                }

                if (lists.All.Count == 0)
                {
                    groupOrder.Add(group);
                }

                lists.All.Add(figure);
            }

            foreach (var figure in kept)
            {
                byGroupOf[CarrierOf(figure.Agency.Code).Group].Kept.Add(figure);
            }

            foreach (var group in groupOrder)
            {
                var lists = byGroupOf[group];
                byGroup[(group, indicator.Code)] = Combine(indicator, CollectionsMarshal.AsSpan(lists.Kept), CollectionsMarshal.AsSpan(lists.All));
            }
        }

        var groupKeys = byGroup.Keys.Select(k => k.Item1).Distinct(StringComparer.Ordinal).ToList();
        var agencyKeys = byAgency.Keys.Select(k => k.Item1).Distinct(StringComparer.Ordinal).ToList();
        foreach (var derived in catalog.DerivedInDependencyOrder())
        {
            province[derived.Code] = Derive(derived, code => province.GetValueOrDefault(code));
            foreach (var key in groupKeys)
            {
                byGroup[(key, derived.Code)] = Derive(derived, code => byGroup.GetValueOrDefault((key, code)));
            }

            // One lookup for every agency (the key moves on), not a closure per agency and derived indicator.
            // An agency has a derived figure when it has a figure of every part (it owes or sent them), even an empty
            // one: that figure is then incomplete, not missing. A rate per 100 people is no operator's figure: operators
            // report subscribers, not population.
            var agencyKey = string.Empty;
            Func<string, Figure?> ofAgency = code => byAgency.GetValueOrDefault((agencyKey, code));
            foreach (var key in agencyKeys)
            {
                agencyKey = key;
                if (HasEveryPart(derived, ofAgency))
                {
                    byAgency[(key, derived.Code)] = Derive(derived, ofAgency);
                }
            }
        }

        return new PeriodAggregate(period, province, byGroup, byAgency, carried);
    }

    /// <summary>A quarterly agency is not expected in a monthly report, nor a half-yearly one in a quarterly report.</summary>
    internal static bool FitsIn(Agency agency, PeriodId period) =>
        agency.SubmissionPeriodFor(period.FirstMonth).MonthCount <= period.MonthCount;

    /// <summary>One agency's figure over the period, by the indicator's rule over time.</summary>
    internal static AgencyRollup OverTime(Agency agency, Indicator indicator, List<YearMonth> activeMonths, PeriodId period, PeriodRollup? rollup)
    {
        var lastActive = activeMonths.Count > 0 ? activeMonths[^1] : period.LastMonth;
        return rollup is null
            ? new AgencyRollup(agency, null, false, lastActive, null)
            : new AgencyRollup(agency, rollup.ValueBy(indicator.OverTime), rollup.IsCompleteBy(indicator.OverTime, activeMonths, lastActive), lastActive, rollup);
    }

    /// <summary>
    /// Whether an agency's figure counts in its group's and the province's. A stock counts only the agencies alive at
    /// the latest point of the period: an agency closed in March without a successor held its branches until March,
    /// not in June, so its March stock is not part of the first half-year's. A flow counts every month it existed.
    /// </summary>
    internal static bool CountsAtPeriodEnd(Indicator indicator, AgencyRollup figure, PeriodId period) =>
        indicator.OverTime != TimeRule.Stock || figure.LastActiveMonth == period.LastMonth;

    /// <summary>
    /// The agencies whose figures count in a carrier's figure. For a stock, only those alive at the latest point any
    /// of them was: a commune merged in July does not add its June stock to its successor's December stock.
    /// </summary>
    internal static List<AgencyRollup> Kept(Indicator indicator, List<AgencyRollup> members)
    {
        if (indicator.OverTime != TimeRule.Stock || members.Count <= 1)
        {
            return members;
        }

        var latest = members.Max(m => m.LastActiveMonth);
        return members.Where(m => m.LastActiveMonth == latest).ToList();
    }

    /// <summary>Combines agencies' figures by the rule over agencies; written as plain loops, as it runs for every agency.</summary>
    /// <param name="withContributions">
    /// False for an agency's figure, which is its own roll-up (and its carried predecessors', <see cref="PeriodAggregate.CarriedInto"/>):
    /// a province holds hundreds of thousands of them.
    /// </param>
    private static Figure Combine(Indicator indicator, ReadOnlySpan<AgencyRollup> kept, ReadOnlySpan<AgencyRollup> expected, bool withContributions = true)
    {
        var rule = indicator.OverTime;
        var (sum, yes, sourceCount, count, estimated) = (0m, 0, 0, 0, 0);
        foreach (var figure in kept)
        {
            count += figure.Value is null ? 0 : 1;
        }

        var contributions = count == 0 || !withContributions ? [] : new PeriodRollup[count];
        var next = 0;
        List<ReportedValue>? sources = null;
        foreach (var figure in kept)
        {
            if (figure.Value is not { } v)
            {
                continue;
            }

            sum += v;
            yes += v == 1 ? 1 : 0;
            estimated += figure.Rollup!.IsEstimateBy(rule) ? 1 : 0;
            if (withContributions)
            {
                contributions[next++] = figure.Rollup!;
            }

            sourceCount += figure.Rollup!.SourceCountBy(rule);
            var own = figure.Rollup.SourcesBy(rule);
            if (own.Count > 0)
            {
                (sources ??= []).AddRange(own);
            }
        }

        decimal? value = indicator.OverAgencies switch
        {
            _ when count == 0 => null,
            AgencyRule.Sum => sum,
            AgencyRule.ShareYes => yes * 100m / count,
            _ => null,
        };
        var (reported, complete) = (0, true);
        foreach (var figure in expected)
        {
            reported += figure.Value is null ? 0 : 1;
            complete &= figure.Complete;
        }

        return new Figure(indicator.Code, value, reported, expected.Length, complete, (IReadOnlyList<ReportedValue>?)sources ?? [])
        {
            Contributions = contributions,
            SourceCount = sourceCount,
            Estimated = estimated,
            EstimatedAmong = reported,
        };
    }

    /// <summary>
    /// A derived figure from its parts' figures, complete only when every part is there, complete and, where anyone
    /// owed it, not empty; plain loops, as it runs for every agency.
    /// </summary>
    internal static Figure Derive(Indicator derived, Func<string, Figure?> figureOf)
    {
        var formula = derived.Formula!;

        // Parts may come from different agencies (subscribers from operators, population from communes): the coverage
        // shown is that of the least covered part (the first of equals).
        Figure? leastCovered = null;
        var leastShare = 0m;
        var (sourceCount, complete, estimated, estimatedAmong) = (0, true, 0, 0);
        List<IReadOnlyList<ReportedValue>>? sources = null;
        List<IReadOnlyList<PeriodRollup>>? contributions = null;
        foreach (var code in formula.Codes)
        {
            if (figureOf(code) is not { } part)
            {
                complete = false;
                continue;
            }

            // An empty part owed by someone leaves the figure incomplete, whatever the part's own flag says (a stock
            // nobody alive at the period's end holds is complete and empty).
            sourceCount += part.SourceCount;
            if (part.Estimated > estimated)
            {
                (estimated, estimatedAmong) = (part.Estimated, part.EstimatedAmong);
            }

            complete &= part.Complete && (part.Value is not null || part.Expected == 0);
            if (part.Expected > 0 && (leastCovered is null || (decimal)part.Reported / part.Expected < leastShare))
            {
                (leastCovered, leastShare) = (part, (decimal)part.Reported / part.Expected);
            }

            // The parts are distinct indicators, so their sources never overlap: no de-duplication needed. The parts'
            // lists are joined, not copied: a province's derived figures would copy every agency's roll-ups again.
            if (part.Sources.Count > 0)
            {
                (sources ??= []).Add(part.Sources);
            }

            if (part.Contributions.Count > 0)
            {
                (contributions ??= []).Add(part.Contributions);
            }
        }

        var value = formula.Evaluate(code => figureOf(code)?.Value);
        return new Figure(derived.Code, value, leastCovered?.Reported ?? 0, leastCovered?.Expected ?? 0, complete, sources is null ? [] : ConcatenatedList<ReportedValue>.Of(sources))
        {
            Contributions = contributions is null ? [] : ConcatenatedList<PeriodRollup>.Of(contributions),
            SourceCount = sourceCount,
            Estimated = estimated,
            EstimatedAmong = estimatedAmong,
        };
    }

    /// <summary>Whether the agency (or group) of <paramref name="figureOf"/> has a figure of each of the derived indicator's parts.</summary>
    private static bool HasEveryPart(Indicator derived, Func<string, Figure?> figureOf)
    {
        foreach (var code in derived.Formula!.Codes)
        {
            if (figureOf(code) is null)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A value, not an object: the aggregation makes one per agency and indicator, hundreds of thousands per period.</summary>
    /// <param name="Rollup">Null when the agency reported nothing in the period.</param>
    internal readonly record struct AgencyRollup(Agency Agency, decimal? Value, bool Complete, YearMonth LastActiveMonth, PeriodRollup? Rollup);
}
