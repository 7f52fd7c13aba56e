using Reporting.Data.Opening;
using Reporting.Core.Aggregation;
using Reporting.Core.Periods;
using Reporting.Core.Submissions;
using Reporting.Testing;

namespace Reporting.Data.Tests.Rollups;

/// <summary>
/// The fast path (roll-ups stored as submissions are saved, read back per period) gives exactly the figures of the
/// straightforward in-memory roll-up of the current values, for random provinces and every period of every kind.
/// </summary>
public sealed class StoredRollupPropertyTests
{
    // Rows of seeds only: [ProviderTheory] puts the provider before each.
    public static IEnumerable<object[]> Seeds => Enumerable.Range(1, 8).Select(seed => new object[] { seed });

    [ProviderTheory]
    [MemberData(nameof(Seeds))]
    public async Task StoredRollups_GiveTheFiguresOfTheInMemoryRollup_ForEveryPeriod(StorageProvider provider, int seed)
    {
        var province = new RandomProvince(seed);
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = TestContexts.Open(database);
        await DatabaseSchema.UpgradeAsync(db);
        var store = new SubmissionStore(db);

        // Independently of the store: the newest version of each agency's period is what counts.
        // Some files are estimates as a whole, some rows of others are: by position, so each seed marks others.
        var current = new Dictionary<(string, PeriodId), (long Id, RandomSubmission File, Func<string, bool> IsEstimate)>();
        foreach (var (file, index) in province.Saves.Select((f, i) => (f, i)))
        {
            var whole = (index + seed) % 5 == 0;
            bool IsEstimate(string code) => whole || (index + code.Length) % 7 == 0;
            var parsed = file.ToParsed(seed.ToString(System.Globalization.CultureInfo.InvariantCulture));
            parsed = parsed with { IsEstimate = whole, Values = parsed.Values.Select(v => v with { IsEstimate = !whole && IsEstimate(v.IndicatorCode) }).ToList() };
            var saved = await store.SaveAsync(parsed, new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero));
            Assert.True(saved.Stored);
            current[(file.AgencyCode, file.Period)] = (saved.SubmissionId, file, IsEstimate);
        }

        var values = current.Values
            .SelectMany(c => c.File.Values.Where(v => v.Value is not null)
                .Select(v => new ReportedValue(c.Id, c.File.AgencyCode, v.Key, c.File.Period, v.Value!.Value, IsEstimate: c.IsEstimate(v.Key))))
            .ToList();
        Assert.Contains(values, v => v.IsEstimate);
        var aggregator = new Aggregator(province.Catalog, province.Directory);
        foreach (var period in PeriodsOf(2025).Concat(PeriodsOf(2026)))
        {
            var structure = period.LastMonth.LastDay;
            var expected = aggregator.Aggregate(values, period, structure);
            var actual = aggregator.Aggregate(await store.Rollups.ReadAsync(period), structure);
            AssertSameFigures(province, expected, actual);
        }
    }

    private static void AssertSameFigures(RandomProvince province, PeriodAggregate expected, PeriodAggregate actual)
    {
        var agencies = expected.Agencies.Order(StringComparer.Ordinal).ToList();
        Assert.Equal(agencies, actual.Agencies.Order(StringComparer.Ordinal));
        foreach (var indicator in province.Catalog.Indicators)
        {
            var where = $"{expected.Period} {indicator.Code}";
            AssertSame(where, expected.Province(indicator.Code), actual.Province(indicator.Code));
            foreach (var group in province.Directory.Groups)
            {
                AssertSame($"{where} group {group.Code}", expected.Group(group.Code, indicator.Code), actual.Group(group.Code, indicator.Code));
            }

            foreach (var agency in agencies)
            {
                AssertSame($"{where} agency {agency}", expected.Agency(agency, indicator.Code), actual.Agency(agency, indicator.Code));
                Assert.Equal(expected.CarriedInto(agency), actual.CarriedInto(agency));
            }
        }
    }

    private static void AssertSame(string where, Figure expected, Figure actual)
    {
        Assert.True(
            (expected.Value, expected.Reported, expected.Expected, expected.Complete, expected.SourceCount, expected.Estimated, expected.EstimatedAmong)
            == (actual.Value, actual.Reported, actual.Expected, actual.Complete, actual.SourceCount, actual.Estimated, actual.EstimatedAmong),
            $"{where}: expected {Describe(expected)}, stored roll-ups gave {Describe(actual)}");
        Assert.Equal(
            expected.Contributions.Select(c => (c.AgencyCode, c.LatestSubmissionId)).Order(),
            actual.Contributions.Select(c => (c.AgencyCode, c.LatestSubmissionId)).Order());
    }

    private static string Describe(Figure f) => $"value {f.Value}, {f.Reported}/{f.Expected}, complete {f.Complete}, {f.SourceCount} values, {f.Estimated}/{f.EstimatedAmong} estimated";

    private static IEnumerable<PeriodId> PeriodsOf(int year) =>
        Enumerable.Range(1, 12).Select(m => new PeriodId(PeriodKind.Month, year, m))
            .Concat(Enumerable.Range(1, 4).Select(q => new PeriodId(PeriodKind.Quarter, year, q)))
            .Concat(Enumerable.Range(1, 2).Select(h => new PeriodId(PeriodKind.HalfYear, year, h)))
            .Append(new PeriodId(PeriodKind.NineMonths, year, 1))
            .Append(new PeriodId(PeriodKind.Year, year, 1));
}
