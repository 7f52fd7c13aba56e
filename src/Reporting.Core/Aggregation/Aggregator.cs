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
    public PeriodAggregate Aggregate(RollupSet rollups, DateOnly structureDate)
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

        var active = directory.ActiveDuring(period).Where(a => FitsIn(a, period)).ToList();
        foreach (var indicator in catalog.Indicators.Where(i => !i.IsDerived))
        {
            var submitted = rollups.Of(indicator.Code);
            var expected = active.Where(a => a.Reports(indicator.Code)).ToList();
            var agencyCodes = expected.Select(a => a.Code).Concat(submitted.Keys).Distinct(StringComparer.Ordinal);
            var perAgency = agencyCodes
                .Select(code =>
                {
                    var agency = directory[code];
                    return OverTime(agency, indicator, MonthsOf(agency), period, submitted.GetValueOrDefault(code));
                })
                .ToList();

            var carriers = perAgency.GroupBy(f => CarrierOf(f.Agency.Code).Code, StringComparer.Ordinal).ToList();
            var kept = new List<AgencyRollup>();
            foreach (var carrier in carriers)
            {
                var members = Kept(indicator, carrier.ToList());
                kept.AddRange(members);
                byAgency[(carrier.Key, indicator.Code)] = Combine(indicator, members, carrier.ToList());

                // Only figures actually used: a predecessor's June stock is not carried into a December stock.
                var predecessors = members.Where(f => f.Agency.Code != carrier.Key && f.Rollup is not null).Select(f => f.Agency.Code).ToList();
                if (predecessors.Count > 0)
                {
                    carried[carrier.Key] = carried.GetValueOrDefault(carrier.Key, []).Union(predecessors, StringComparer.Ordinal).ToList();
                }
            }

            province[indicator.Code] = Combine(indicator, kept, perAgency);
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

    private static Figure Combine(Indicator indicator, List<AgencyRollup> kept, List<AgencyRollup> expected)
    {
        var answered = kept.Where(f => f.Value is not null).ToList();
        decimal? value = indicator.OverAgencies switch
        {
            _ when answered.Count == 0 => null,
            AgencyRule.Sum => answered.Sum(f => f.Value!.Value),
            AgencyRule.ShareYes => answered.Count(f => f.Value == 1) * 100m / answered.Count,
            _ => null,
        };
        var reported = expected.Count(f => f.Value is not null);
        var complete = expected.All(f => f.Complete);
        var contributions = answered.Select(f => f.Rollup!).ToList();
        return new Figure(indicator.Code, value, reported, expected.Count, complete, contributions.SelectMany(r => r.SourcesBy(indicator.OverTime)).ToList())
        {
            Contributions = contributions,
            SourceCount = contributions.Sum(r => r.SourceCountBy(indicator.OverTime)),
        };
    }

    private static Figure Derive(Indicator derived, Func<string, Figure?> figureOf)
    {
        var parts = derived.Formula!.Codes.Select(figureOf).ToList();
        var value = derived.Formula.Evaluate(code => figureOf(code)?.Value);
        var present = parts.Where(p => p is not null).Select(p => p!).ToList();

        // Parts may come from different agencies (subscribers from operators, population from communes):
        // the coverage shown is that of the least covered part.
        var leastCovered = present.Where(p => p.Expected > 0).MinBy(p => (decimal)p.Reported / p.Expected);

        // The parts are distinct indicators, so their sources never overlap: no de-duplication needed.
        return new Figure(
            derived.Code,
            value,
            leastCovered?.Reported ?? 0,
            leastCovered?.Expected ?? 0,
            present.Count == parts.Count && present.All(p => p.Complete),
            present.SelectMany(p => p.Sources).ToList())
        {
            Contributions = present.SelectMany(p => p.Contributions).ToList(),
            SourceCount = present.Sum(p => p.SourceCount),
        };
    }

    /// <param name="Rollup">Null when the agency reported nothing in the period.</param>
    private sealed record AgencyRollup(Agency Agency, decimal? Value, bool Complete, YearMonth LastActiveMonth, PeriodRollup? Rollup);
}
