using Reporting.Core.Aggregation;
using Reporting.Core.Catalog;
using Reporting.Core.Periods;
using Reporting.Core.Submissions;
using Reporting.Testing;

namespace Reporting.Core.Tests;

/// <summary>
/// A province tally, built once and then changed submission by submission, gives the province figures the aggregation
/// gives from all the roll-ups afresh: random provinces (mixed frequencies, mergers, a rename, closures, an opening),
/// every stored period of 2025 and 2026, random agencies (closed and unexpected ones among them) sending new figures.
/// So do totals kept apart from the tally, as `reporting summary` keeps them between processes, changed by the
/// difference of the changed carriers' shares worked out from their members' roll-ups alone; to the decimal scale.
/// </summary>
public class ProvinceTallyPropertyTests
{
    public static IEnumerable<object[]> Seeds => Enumerable.Range(1, 4).Select(seed => new object[] { seed });

    [Theory]
    [MemberData(nameof(Seeds))]
    public void ATallyChangedAgencyByAgency_EqualsTheAggregationAfresh(int seed)
    {
        var province = new RandomProvince(seed);
        var (catalog, directory) = (province.Catalog, province.Directory);
        var random = new Random(seed);
        var id = 0L;
        var values = province.Saves
            .GroupBy(s => (s.AgencyCode, s.Period))
            .Select(g => g.Last())
            .SelectMany(s => s.Values.Where(v => v.Value is not null).Select(v => new ReportedValue(++id, s.AgencyCode, v.Key, s.Period, v.Value!.Value)))
            .ToList();
        var compared = 0;
        foreach (var period in StoredPeriods(2025).Concat(StoredPeriods(2026)))
        {
            var structureDate = period.LastMonth.LastDay;
            var aggregator = new Aggregator(catalog, directory);
            var tally = ProvinceTally.Of(catalog, directory, new ValueIndex(values).RollupsFor(period), structureDate);
            compared += Compare($"{period} built", catalog, directory, aggregator.Aggregate(tally.Rollups, structureDate, AggregateDetail.Province), tally.Aggregate);
            var (keptTotals, keptShares) = (tally.Totals, tally.Shares.ToDictionary(s => s.Carrier, StringComparer.Ordinal));

            for (var step = 0; step < 6; step++)
            {
                var changed = Enumerable.Range(0, random.Next(1, 4)).Select(_ => directory.Agencies[random.Next(directory.Agencies.Count)].Code).ToHashSet(StringComparer.Ordinal);
                values = values.Where(v => !changed.Contains(v.AgencyCode) || !period.Contains(v.Period)).Concat(NewFigures(changed, period, catalog, random, () => ++id)).ToList();
                var after = new ValueIndex(values).RollupsFor(period);
                var theirs = after.ByIndicator.SelectMany(i => i.ByAgency.Where(a => changed.Contains(a.Key)).Select(a => a.Value)).ToList();

                tally = tally.Replacing(changed, theirs);

                var afresh = aggregator.Aggregate(after, structureDate, AggregateDetail.Province);
                compared += Compare($"{period} after {string.Join(",", changed)} (step {step})", catalog, directory, afresh, tally.Aggregate);

                keptTotals = UpdateKept(catalog, directory, period, structureDate, keptTotals, keptShares, changed, after);
                compared += Compare($"{period} kept, after {string.Join(",", changed)} (step {step})", catalog, directory, afresh, keptTotals.ToAggregate(catalog, period));
            }
        }

        Assert.True(compared > 5_000, $"only {compared} figures compared");
    }

    [Fact]
    public void AMonth_IsRefused_ForItsRollupsCarryTheirValues()
    {
        var province = new RandomProvince(1);
        var month = PeriodId.Parse("2025-03");
        Assert.Throws<ArgumentException>(() => ProvinceTally.Of(province.Catalog, province.Directory, new RollupSet(month, []), month.LastMonth.LastDay));
    }

    /// <summary>
    /// What a later process does with kept totals and shares: a structure of its own, the changed agencies' carriers'
    /// shares from their members' roll-ups only, the totals changed by the difference; the shares kept replaced.
    /// </summary>
    private static ProvinceTotals UpdateKept(
        IndicatorCatalog catalog, Agencies.AgencyDirectory directory, PeriodId period, DateOnly structureDate,
        ProvinceTotals totals, Dictionary<string, CarrierShares> shares, IReadOnlySet<string> changed, RollupSet after)
    {
        var structure = new TallyStructure(catalog, directory, period, structureDate);
        var carriers = changed.Select(structure.CarrierOf).ToHashSet(StringComparer.Ordinal);
        var members = carriers.SelectMany(structure.MembersOf).Select(a => a.Code).ToHashSet(StringComparer.Ordinal);
        var theirs = new RollupSet(period, after.ByIndicator.SelectMany(i => i.ByAgency.Where(a => members.Contains(a.Key)).Select(a => a.Value)));
        var removed = carriers.Where(shares.ContainsKey).Select(c => shares[c]).ToList();
        var added = carriers.Select(c => structure.SharesOf(c, theirs)).ToList();
        foreach (var carrier in added)
        {
            shares[carrier.Carrier] = carrier;
        }

        // As read back from storage: only what the totals hold.
        var restored = new ProvinceTotals(totals.Indicators, totals.Carried);
        return restored.Replacing(removed, added);
    }

    /// <summary>Each agency's new figures in the period: some indicators, some months, yes/no answers where asked.</summary>
    private static IEnumerable<ReportedValue> NewFigures(IEnumerable<string> agencies, PeriodId period, IndicatorCatalog catalog, Random random, Func<long> nextId)
    {
        var indicators = catalog.Indicators.Where(i => !i.IsDerived).ToList();
        foreach (var agency in agencies)
        {
            foreach (var indicator in indicators.Where(_ => random.NextDouble() < 0.6))
            {
                foreach (var month in period.Months.Where(_ => random.NextDouble() < 0.7))
                {
                    var value = indicator.OverAgencies == AgencyRule.ShareYes ? random.Next(0, 2) : random.Next(0, 1_000_000) / 100m;
                    yield return new ReportedValue(nextId(), agency, indicator.Code, PeriodId.ForMonth(month), value);
                }
            }
        }
    }

    private static int Compare(string where, IndicatorCatalog catalog, Agencies.AgencyDirectory directory, PeriodAggregate expected, PeriodAggregate actual)
    {
        foreach (var indicator in catalog.Indicators)
        {
            var (e, a) = (expected.Province(indicator.Code), actual.Province(indicator.Code));
            Assert.True(
                (e.Value, e.Value?.Scale, e.Reported, e.Expected, e.Complete, e.SourceCount, e.Estimated, e.EstimatedAmong) == (a.Value, a.Value?.Scale, a.Reported, a.Expected, a.Complete, a.SourceCount, a.Estimated, a.EstimatedAmong),
                $"{where}, {indicator.Code}: expected {(e.Value, e.Value?.Scale, e.Reported, e.Expected, e.Complete, e.SourceCount, e.Estimated)}, tallied {(a.Value, a.Value?.Scale, a.Reported, a.Expected, a.Complete, a.SourceCount, a.Estimated)}");
        }

        foreach (var agency in directory.Agencies)
        {
            Assert.Equal(expected.CarriedInto(agency.Code).Order(StringComparer.Ordinal), actual.CarriedInto(agency.Code).Order(StringComparer.Ordinal));
        }

        return catalog.Indicators.Count;
    }

    private static IEnumerable<PeriodId> StoredPeriods(int year) =>
        Enumerable.Range(1, 4).Select(q => new PeriodId(PeriodKind.Quarter, year, q))
            .Concat(Enumerable.Range(1, 2).Select(h => new PeriodId(PeriodKind.HalfYear, year, h)))
            .Append(new PeriodId(PeriodKind.NineMonths, year, 1))
            .Append(new PeriodId(PeriodKind.Year, year, 1));
}
