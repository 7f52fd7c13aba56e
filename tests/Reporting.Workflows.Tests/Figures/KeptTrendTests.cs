using Microsoft.EntityFrameworkCore;
using Reporting.Core.Aggregation;
using Reporting.Core.Catalog;
using Reporting.Core.Periods;
using Reporting.Core.Summary;
using Reporting.Data;
using Reporting.Data.Opening;
using Reporting.Testing;
using Reporting.Workflows.Queries;
using Reporting.Workflows.Reports;

namespace Reporting.Workflows.Tests.Figures;

/// <summary>
/// A report's trend periods (those before the one reported, other than its compare period), and the finished periods
/// the portal's period page shows, kept in the database between processes are the figures aggregated afresh from the
/// values, are read by the next process, and are never stale: a file of a period's months makes that period aggregated
/// again, and leaves the others kept. On SQLite and PostgreSQL.
/// </summary>
public sealed class KeptTrendTests
{
    private static readonly PeriodId Quarter = PeriodId.Parse("2026-Q2");
    private static readonly DateOnly StructureDate = SummaryBuilder.StructureDate(Quarter);
    private static readonly PeriodId FirstQuarter = PeriodId.Parse("2026-Q1");
    private static readonly PeriodId LastYearsThird = PeriodId.Parse("2025-Q3");

    [ProviderTheory]
    public async Task KeptTrend_IsTheTrendAggregatedAfresh_ReadByTheNextReport_AndNeverStale(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var writer = await FigureCacheTests.OpenAsync(database);
        var (first, second) = FigureCacheTests.TwoMonthlyReporters(writer.Catalog.Indicators, writer.Catalog.Agencies);
        await FigureCacheTests.ImportAsync(writer, first);
        await FigureCacheTests.ImportAsync(writer, first, month: PeriodId.Parse("2026-01"));
        await FigureCacheTests.ImportAsync(writer, second, month: PeriodId.Parse("2025-08"));

        // The first report aggregates the four trend periods that are neither the quarter nor its compare period, and keeps them.
        var trend = await TrendAsync(database);
        Assert.Equal(await AfreshAsync(database), Shown(trend));
        Assert.Equal(["2025-Q1", "2025-Q3", "2025-Q4", "2026-Q1"], await KeptPeriodsAsync(database));
        Assert.Equal(SentIn(writer, first.Agency, "2026-01"), Sent(trend, FirstQuarter));
        Assert.Equal(SentIn(writer, second.Agency, "2025-08"), Sent(trend, LastYearsThird));

        // The next one reads them: figures changed in the table show.
        await ChangeKeptSentAsync(database, FirstQuarter, 1m);
        await ChangeKeptSentAsync(database, LastYearsThird, 2m);
        trend = await TrendAsync(database);
        Assert.Equal(1m, Sent(trend, FirstQuarter));
        Assert.Equal(2m, Sent(trend, LastYearsThird));

        // A file of February: the first quarter aggregated again, with it; last year's third quarter still kept.
        await FigureCacheTests.ImportAsync(writer, second, month: PeriodId.Parse("2026-02"));
        trend = await TrendAsync(database);
        Assert.Equal(SentIn(writer, first.Agency, "2026-01") + SentIn(writer, second.Agency, "2026-02"), Sent(trend, FirstQuarter));
        Assert.Equal(2m, Sent(trend, LastYearsThird));

        // A catalog change is another kind of write: every period aggregated again, the altered figure gone.
        await using (var workspace = await writer.OpenWorkspaceAsync())
        {
            var catalogs = new CatalogStore(workspace.Db);
            var documents = await catalogs.DocumentsAsync();
            await catalogs.SaveAsync(documents["indicators"], documents["agencies"], documents.GetValueOrDefault("calendar"), DateTimeOffset.UnixEpoch);
        }

        trend = await TrendAsync(database);
        Assert.Equal(await AfreshAsync(database), Shown(trend));
        Assert.Equal(SentIn(writer, second.Agency, "2025-08"), Sent(trend, LastYearsThird));
    }

    [ProviderTheory]
    public async Task PeriodPage_OfANewProcess_FindsFinishedPeriodsKept_AndAggregatesAgainWhatAFileTouched(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var writer = await FigureCacheTests.OpenAsync(database);
        var (first, second) = FigureCacheTests.TwoMonthlyReporters(writer.Catalog.Indicators, writer.Catalog.Agencies);
        await FigureCacheTests.ImportAsync(writer, first);
        await FigureCacheTests.ImportAsync(writer, second, month: PeriodId.Parse("2025-08"));

        // The first process aggregates the finished periods and keeps them; the quarter still being filled is not kept.
        var shown = await PeriodPageAsync(database);
        Assert.Equal(await AfreshAsync(database), Shown(shown.Trend));
        Assert.Equal(["2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4", "2026-Q1"], await KeptPeriodsAsync(database));

        // A new process reads them: a figure changed in the table shows, in the trend and as the compare period's.
        await ChangeKeptSentAsync(database, LastYearsThird, 2m);
        await ChangeKeptSentAsync(database, Quarter.SamePeriodLastYear, 3m);
        shown = await PeriodPageAsync(database);
        Assert.Equal(2m, Sent(shown.Trend, LastYearsThird));
        Assert.Equal(3m, shown.Summary.Rows.Single(r => r.Indicator.Code == "EDOC.SENT").CompareValue);
        Assert.Equal(first.Sent, shown.Summary.Rows.Single(r => r.Indicator.Code == "EDOC.SENT").Value);

        // A file of September 2025: that quarter aggregated again, with it.
        await FigureCacheTests.ImportAsync(writer, first, month: PeriodId.Parse("2025-09"));
        shown = await PeriodPageAsync(database);
        Assert.Equal(SentIn(writer, second.Agency, "2025-08") + SentIn(writer, first.Agency, "2025-09"), Sent(shown.Trend, LastYearsThird));
        Assert.Equal(3m, shown.Summary.Rows.Single(r => r.Indicator.Code == "EDOC.SENT").CompareValue);
    }

    /// <summary>The portal's period page in a process of its own (nothing in its figure cache).</summary>
    private static Task<PeriodFigures> PeriodPageAsync(TestDatabase database) =>
        KeptProvinceSummaryTests.InNewReaderAsync(database, workspace => new PeriodFiguresQuery(workspace).BuildAsync(Quarter));

    /// <summary>As `reporting report` asks.</summary>
    private static Task<IReadOnlyList<PeriodAggregate>> TrendAsync(TestDatabase database) =>
        KeptProvinceSummaryTests.InNewReaderAsync(database, async workspace => (await new ReportModelQuery(workspace).BuildAsync(Quarter, null, Language.Vietnamese)).Trend);

    /// <summary>Each trend period aggregated in memory from every current value: nothing stored or kept is read.</summary>
    private static Task<List<string>> AfreshAsync(TestDatabase database) =>
        KeptProvinceSummaryTests.InNewReaderAsync(database, async workspace =>
        {
            var periods = Quarter.Trend(TrendQuery.Length(Quarter));
            var values = new ValueIndex(await new SummaryQuery(workspace).ValuesAsync(periods));
            var aggregator = new Aggregator(workspace.Catalog, workspace.Agencies);
            return Shown(periods.Select(p => aggregator.Aggregate(values, p, StructureDate)).ToList());
        });

    /// <summary>Everything a trend shows of each period's province figures, and the agencies carried.</summary>
    private static List<string> Shown(IReadOnlyList<PeriodAggregate> trend) =>
        trend.SelectMany(a => a.Carried.Select(c => $"{a.Period} carried {c.Key} {string.Join(",", c.Value)}")
                .Concat(CatalogCodes.Select(code => a.Province(code))
                    .Select(f => $"{a.Period} {f.IndicatorCode} {f.Value} {f.Reported}/{f.Expected} {f.Complete} {f.SourceCount} {f.Estimated}/{f.EstimatedAmong}")))
            .ToList();

    private static readonly IReadOnlyList<string> CatalogCodes = RepoFiles.Catalog.Indicators.Select(i => i.Code).ToList();

    private static decimal? Sent(IReadOnlyList<PeriodAggregate> trend, PeriodId period) => trend.Single(a => a.Period == period).Province("EDOC.SENT").Value;

    private static decimal SentIn(ReportingDatabase database, Core.Agencies.Agency agency, string month) =>
        new SyntheticProvince(database.Catalog.Indicators, database.Catalog.Agencies).ValuesFor(agency, PeriodId.Parse(month))["EDOC.SENT"]!.Value;

    private static async Task<List<string>> KeptPeriodsAsync(TestDatabase database)
    {
        await using var db = ReportingDbContext.Open(new DatabaseSettings(database.Location));
        return await db.StoredAggregates.Where(a => a.StructureDate == StructureDate).Select(a => a.Period).OrderBy(p => p).ToListAsync();
    }

    private static Task ChangeKeptSentAsync(TestDatabase database, PeriodId period, decimal value) =>
        KeptProvinceSummaryTests.ChangeKeptSentAsync(database, period, value, StructureDate);
}
