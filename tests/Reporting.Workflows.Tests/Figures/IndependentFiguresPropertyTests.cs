using System.Globalization;
using Reporting.Core.Aggregation;
using Reporting.Core.Catalog;
using Reporting.Core.Periods;
using Reporting.Testing;
using Reporting.Workflows.Queries;
using Xunit.Abstractions;

namespace Reporting.Workflows.Tests.Figures;

/// <summary>
/// The figures a person reads (province, groups, agencies; every period of 2025 and 2026 and its same period of the year
/// before; flows, stocks, yes/no shares, derived rates; value, coverage, completeness, change) equal a straightforward
/// re-computation from the raw values (<see cref="IndependentFigures"/>), for random provinces with mixed frequencies,
/// mergers, a rename, closures without successor, an opening, late corrections and empty values. The files are stored
/// through the product's SubmissionStore and read back through SummaryQuery, both from the stored roll-ups and from
/// the values themselves.
/// </summary>
public sealed class IndependentFiguresPropertyTests(ITestOutputHelper output)
{
    // Rows of seeds only: [ProviderTheory] puts the provider before each.
    public static IEnumerable<object[]> Seeds => Enumerable.Range(1, 6).Select(seed => new object[] { seed });

    [ProviderTheory]
    [MemberData(nameof(Seeds))]
    public async Task SummaryFigures_EqualAnIndependentRecomputation_ForEveryPeriodOfTwoYears(StorageProvider provider, int seed)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var province = new RandomProvince(seed);
        var folder = Path.Combine(Path.GetTempPath(), "reporting-workflows-tests", $"figures-{seed}-{Guid.NewGuid():N}");
        var templates = Path.Combine(folder, "templates");
        Directory.CreateDirectory(templates);
        File.Copy(Path.Combine(RepoFiles.Templates, "indicators.json"), Path.Combine(templates, "indicators.json"));
        File.Copy(Path.Combine(RepoFiles.Templates, "calendar.json"), Path.Combine(templates, "calendar.json"));
        await File.WriteAllTextAsync(Path.Combine(templates, "agencies.json"), province.AgencyListJson());
        try
        {
            await using var workspace = await ReportingWorkspace.OpenAsync(new DatabaseOpening(database.Location, DatabaseAccess.Upgrade) { Templates = templates });

            // Apart from the store: the file stored last for an agency and period is the one that counts.
            var current = new Dictionary<(string, PeriodId), RandomSubmission>();
            var received = new DateTimeOffset(2027, 1, 4, 8, 0, 0, TimeSpan.FromHours(7));
            foreach (var file in province.Saves)
            {
                var outcome = await workspace.Submissions.SaveAsync(file.ToParsed(seed.ToString(CultureInfo.InvariantCulture)), received);
                Assert.True(outcome.Stored);
                current[(file.AgencyCode, file.Period)] = file;
            }

            var raw = current.Values
                .SelectMany(f => f.Values.Where(v => v.Value is not null).Select(v => (f.AgencyCode, v.Key, f.Period, v.Value!.Value)))
                .ToList();
            var independent = new IndependentFigures(RepoFiles.Catalog, province.Directory.Agencies, raw);
            var query = new SummaryQuery(workspace);
            var comparison = new Comparison(RepoFiles.Catalog, province.Directory.Groups.Select(g => g.Code).ToList());
            foreach (var period in PeriodsOf(2025).Concat(PeriodsOf(2026)))
            {
                // A report shows agencies as they stood at the end of its period, the year before included.
                var structure = period.LastMonth.LastDay;
                var expected = independent.Compute(period, structure);
                var expectedCompare = independent.Compute(period.SamePeriodLastYear, structure);
                foreach (var withCells in new[] { false, true })
                {
                    var summary = await query.BuildAsync(period, withCells: withCells, detail: AggregateDetail.Agencies);
                    var path = withCells ? "values" : "stored roll-ups";
                    comparison.Check($"{period} ({path})", summary.Current, expected);
                    comparison.Check($"{period.SamePeriodLastYear} as compared with {period} ({path})", summary.Compare, expectedCompare);
                    comparison.CheckRows($"{period} ({path})", summary.Rows, expected, expectedCompare);
                }
            }

            output.WriteLine($"seed {seed}: {province.Directory.Agencies.Count} agencies, {province.Saves.Count} files, {comparison.Compared:N0} figures compared, {comparison.Differences.Count} differ");
            Assert.True(comparison.Differences.Count == 0, $"{comparison.Differences.Count} of {comparison.Compared:N0} figures differ; the first:\n" + string.Join("\n", comparison.Differences.Take(25)));
            Assert.True(comparison.Compared > 20_000, $"only {comparison.Compared} figures compared");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static IEnumerable<PeriodId> PeriodsOf(int year) =>
        Enumerable.Range(1, 12).Select(m => new PeriodId(PeriodKind.Month, year, m))
            .Concat(Enumerable.Range(1, 4).Select(q => new PeriodId(PeriodKind.Quarter, year, q)))
            .Concat(Enumerable.Range(1, 2).Select(h => new PeriodId(PeriodKind.HalfYear, year, h)))
            .Append(new PeriodId(PeriodKind.NineMonths, year, 1))
            .Append(new PeriodId(PeriodKind.Year, year, 1));

    /// <summary>Collects every difference between the product's figures and the re-computed ones.</summary>
    private sealed class Comparison(IndicatorCatalog catalog, IReadOnlyList<string> groups)
    {
        public int Compared { get; private set; }

        public List<string> Differences { get; } = [];

        public void Check(string where, PeriodAggregate actual, IndependentFigures.Result expected)
        {
            var agencies = actual.Agencies.Union(expected.Agency.Keys.Select(k => k.Agency), StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            foreach (var indicator in catalog.Indicators)
            {
                Same($"{where} province {indicator.Code}", actual.Province(indicator.Code), expected.Province.GetValueOrDefault(indicator.Code));
                foreach (var group in groups)
                {
                    Same($"{where} group {group} {indicator.Code}", actual.Group(group, indicator.Code), expected.Group.GetValueOrDefault((group, indicator.Code)));
                }

                foreach (var agency in agencies)
                {
                    Same($"{where} agency {agency} {indicator.Code}", actual.Agency(agency, indicator.Code), expected.Agency.GetValueOrDefault((agency, indicator.Code)));
                }
            }
        }

        /// <summary>The summary's province rows: values as shown (rates to two decimals) and their change.</summary>
        public void CheckRows(string where, IEnumerable<Core.Summary.SummaryRow> rows, IndependentFigures.Result expected, IndependentFigures.Result expectedCompare)
        {
            foreach (var row in rows)
            {
                var indicator = row.Indicator;
                var isRate = indicator.Kind == ValueKind.Rate || indicator.OverAgencies == AgencyRule.ShareYes;
                decimal? Shown(decimal? v) => v is { } x && (isRate || indicator.Formula is not null) ? Math.Round(x, 2, MidpointRounding.AwayFromZero) : v;
                var (value, compare) = (Shown(expected.Province[indicator.Code].Value), Shown(expectedCompare.Province[indicator.Code].Value));
                decimal? change = (value, compare) switch
                {
                    ({ } v, { } c) when isRate => v - c,
                    ({ } v, { } c) when c != 0 => Math.Round((v - c) / c * 100, 2, MidpointRounding.AwayFromZero),
                    _ => null,
                };
                Compared++;
                if ((row.Value, row.CompareValue, row.Change) != (value, compare, change))
                {
                    Differences.Add($"{where} row {indicator.Code}: product {row.Value} against {row.CompareValue}, change {row.Change}; re-computed {value} against {compare}, change {change}");
                }
            }
        }

        private void Same(string where, Figure actual, RecomputedFigure? expected)
        {
            expected ??= RecomputedFigure.None;
            var product = new RecomputedFigure(actual.Value is { } v ? Math.Round(v, 10) : null, actual.Reported, actual.Expected, actual.Complete);
            var recomputed = expected with { Value = expected.Value is { } e ? Math.Round(e, 10) : null };
            Compared++;
            if (product != recomputed)
            {
                Differences.Add($"{where}: product {product}, re-computed {recomputed}");
            }
        }
    }
}
