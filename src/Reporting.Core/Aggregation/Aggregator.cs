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
    public PeriodAggregate Aggregate(RollupSet rollups, DateOnly structureDate, AggregateDetail detail = AggregateDetail.Agencies)
    {
        var period = rollups.Period;
        var province = new Dictionary<string, Figure>(StringComparer.Ordinal);
        var byGroup = new Dictionary<(string, string), Figure>();
        var byAgency = new Dictionary<(string, string), Figure>();
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
                    list = expectedBy[code] = [];
                }

                list.Add(agency);
            }
        }

        foreach (var indicator in catalog.Indicators.Where(i => !i.IsDerived))
        {
            var submitted = rollups.Of(indicator.Code);
            var expected = expectedBy.GetValueOrDefault(indicator.Code) ?? [];
            var perAgency = new List<AgencyRollup>(expected.Count + submitted.Count);
            var seen = new HashSet<string>(StringComparer.Ordinal);
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

            // Most agencies carry only their own figures: one list per carrier, in first-seen order.
            var carriers = new Dictionary<string, List<AgencyRollup>>(StringComparer.Ordinal);
            foreach (var figure in perAgency)
            {
                var carrierCode = CarrierOf(figure.Agency.Code).Code;
                if (!carriers.TryGetValue(carrierCode, out var members))
                {
                    members = carriers[carrierCode] = new List<AgencyRollup>(1);
                }

                members.Add(figure);
            }

            var kept = new List<AgencyRollup>(perAgency.Count);
            foreach (var carrier in carriers)
            {
                var members = Kept(indicator, carrier.Value);
                kept.AddRange(members);
                if (detail == AggregateDetail.Agencies)
                {
                    byAgency[(carrier.Key, indicator.Code)] = Combine(indicator, members, carrier.Value);
                }

                // Only figures actually used: a predecessor's June stock is not carried into a December stock.
                if (members.Exists(f => f.Agency.Code != carrier.Key && f.Rollup is not null))
                {
                    var predecessors = members.Where(f => f.Agency.Code != carrier.Key && f.Rollup is not null).Select(f => f.Agency.Code);
                    carried[carrier.Key] = carried.GetValueOrDefault(carrier.Key, []).Union(predecessors, StringComparer.Ordinal).ToList();
                }
            }

            province[indicator.Code] = Combine(indicator, kept, perAgency);
            if (detail == AggregateDetail.Province)
            {
                continue;
            }

            var keptByGroup = kept.ToLookup(f => CarrierOf(f.Agency.Code).Group, StringComparer.Ordinal);
            foreach (var group in perAgency.GroupBy(f => CarrierOf(f.Agency.Code).Group, StringComparer.Ordinal))
            {
                byGroup[(group.Key, indicator.Code)] = Combine(indicator, keptByGroup[group.Key].ToList(), group.ToList());
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

            foreach (var key in agencyKeys)
            {
                var figure = Derive(derived, code => byAgency.GetValueOrDefault((key, code)));
                if (figure.Value is not null)
                {
                    byAgency[(key, derived.Code)] = figure;
                }
            }
        }

        return new PeriodAggregate(period, province, byGroup, byAgency, carried);
    }

    /// <summary>
    /// The province figures alone (groups and agencies are left empty), by the same rules: for a trend, which shows
    /// province figures only, at a fraction of the cost with thousands of agencies.
    /// </summary>
    public PeriodAggregate AggregateProvince(RollupSet rollups, DateOnly structureDate) => Aggregate(rollups, structureDate, AggregateDetail.Province);

    /// <summary>A quarterly agency is not expected in a monthly report, nor a half-yearly one in a quarterly report.</summary>
    private static bool FitsIn(Agency agency, PeriodId period) =>
        agency.SubmissionPeriodFor(period.FirstMonth).MonthCount <= period.MonthCount;

    /// <summary>One agency's figure over the period, by the indicator's rule over time.</summary>
    private static AgencyRollup OverTime(Agency agency, Indicator indicator, List<YearMonth> activeMonths, PeriodId period, PeriodRollup? rollup)
    {
        var lastActive = activeMonths.Count > 0 ? activeMonths[^1] : period.LastMonth;
        return rollup is null
            ? new AgencyRollup(agency, null, false, lastActive, null)
            : new AgencyRollup(agency, rollup.ValueBy(indicator.OverTime), rollup.IsCompleteBy(indicator.OverTime, activeMonths, lastActive), lastActive, rollup);
    }

    /// <summary>
    /// The agencies whose figures count. For a stock, only those alive at the latest point of the period:
    /// a commune merged in July does not add its June stock to its successor's December stock.
    /// </summary>
    private static List<AgencyRollup> Kept(Indicator indicator, List<AgencyRollup> members)
    {
        if (indicator.OverTime != TimeRule.Stock || members.Count <= 1)
        {
            return members;
        }

        var latest = members.Max(m => m.LastActiveMonth);
        return members.Where(m => m.LastActiveMonth == latest).ToList();
    }

    /// <summary>Combines agencies' figures by the rule over agencies; written as plain loops, as it runs for every agency.</summary>
    private static Figure Combine(Indicator indicator, List<AgencyRollup> kept, List<AgencyRollup> expected)
    {
        var rule = indicator.OverTime;
        var (sum, yes, sourceCount) = (0m, 0, 0);
        var contributions = new List<PeriodRollup>(kept.Count);
        List<ReportedValue>? sources = null;
        foreach (var figure in kept)
        {
            if (figure.Value is not { } v)
            {
                continue;
            }

            sum += v;
            yes += v == 1 ? 1 : 0;
            contributions.Add(figure.Rollup!);
            sourceCount += figure.Rollup!.SourceCountBy(rule);
            var own = figure.Rollup.SourcesBy(rule);
            if (own.Count > 0)
            {
                (sources ??= []).AddRange(own);
            }
        }

        decimal? value = indicator.OverAgencies switch
        {
            _ when contributions.Count == 0 => null,
            AgencyRule.Sum => sum,
            AgencyRule.ShareYes => yes * 100m / contributions.Count,
            _ => null,
        };
        var (reported, complete) = (0, true);
        foreach (var figure in expected)
        {
            reported += figure.Value is null ? 0 : 1;
            complete &= figure.Complete;
        }

        return new Figure(indicator.Code, value, reported, expected.Count, complete, (IReadOnlyList<ReportedValue>?)sources ?? [])
        {
            Contributions = contributions,
            SourceCount = sourceCount,
        };
    }

    private static Figure Derive(Indicator derived, Func<string, Figure?> figureOf)
    {
        var codes = derived.Formula!.Codes;
        var present = new List<Figure>(codes.Count);
        foreach (var code in codes)
        {
            if (figureOf(code) is { } part)
            {
                present.Add(part);
            }
        }

        var value = derived.Formula.Evaluate(code => figureOf(code)?.Value);

        // Parts may come from different agencies (subscribers from operators, population from communes):
        // the coverage shown is that of the least covered part.
        var leastCovered = present.Where(p => p.Expected > 0).MinBy(p => (decimal)p.Reported / p.Expected);

        // The parts are distinct indicators, so their sources never overlap: no de-duplication needed.
        var (sources, contributions, sourceCount, complete) = (new List<ReportedValue>(), new List<PeriodRollup>(), 0, present.Count == codes.Count);
        foreach (var part in present)
        {
            sources.AddRange(part.Sources);
            contributions.AddRange(part.Contributions);
            sourceCount += part.SourceCount;
            complete &= part.Complete;
        }

        return new Figure(derived.Code, value, leastCovered?.Reported ?? 0, leastCovered?.Expected ?? 0, complete, sources)
        {
            Contributions = contributions,
            SourceCount = sourceCount,
        };
    }

    /// <param name="Rollup">Null when the agency reported nothing in the period.</param>
    private sealed record AgencyRollup(Agency Agency, decimal? Value, bool Complete, YearMonth LastActiveMonth, PeriodRollup? Rollup);
}
