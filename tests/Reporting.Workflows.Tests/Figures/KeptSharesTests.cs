using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Reporting.Core.Aggregation;
using Reporting.Core.Periods;
using Reporting.Core.Summary;
using Reporting.Data;
using Reporting.Data.Opening;
using Reporting.Testing;
using Reporting.Workflows.Queries;
using static Reporting.Workflows.Tests.Figures.KeptProvinceSummaryTests;

namespace Reporting.Workflows.Tests.Figures;

/// <summary>
/// After a file of a kept period, `reporting summary` brings the kept figures up to date from the file's agency alone:
/// the kept totals stay the sum of the shares kept beside them and equal a tally afresh, shares included; an update
/// from a row another process replaced since is not kept; damaged shares are tallied again; a month, whose roll-ups
/// are its values, is kept without shares. On SQLite and PostgreSQL.
/// </summary>
public sealed class KeptSharesTests
{
    private static readonly PeriodId Quarter = PeriodId.Parse("2026-Q2");

    [ProviderTheory]
    public async Task AFileOfTheQuarter_UpdatesTheKeptTotalsByItsCarrier_AndTheyStayATallyAfresh(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var writer = await FigureCacheTests.OpenAsync(database);
        var (first, second) = FigureCacheTests.TwoMonthlyReporters(writer.Catalog.Indicators, writer.Catalog.Agencies);
        await FigureCacheTests.ImportAsync(writer, first);
        await SummaryAsync(database);
        await AssertKeptIsATallyAfreshAsync(database);

        // Two files of the quarter, one a new version: each summary after one updates the kept figures from its agency.
        foreach (var (reporter, sentMore, sent) in new[] { (second, 0m, first.Sent + second.Sent), (first, 7m, first.Sent + 7m + second.Sent) })
        {
            await FigureCacheTests.ImportAsync(writer, reporter, sentMore);
            Assert.Equal(sent, Sent(await SummaryAsync(database)));
            await AssertKeptIsATallyAfreshAsync(database);
        }

        // Kept totals moved by 1,000 show after the next file: they were updated by the difference, not tallied again.
        await MoveKeptSentTotalAsync(database, 1_000m);
        await FigureCacheTests.ImportAsync(writer, second, sentMore: 3m);
        Assert.Equal(first.Sent + 7m + second.Sent + 3m + 1_000m, Sent(await SummaryAsync(database)));
    }

    [ProviderTheory]
    public async Task AnUpdateFromARowAnotherCommandReplacedSince_IsNotKept(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var writer = await FigureCacheTests.OpenAsync(database);
        var (first, second) = FigureCacheTests.TwoMonthlyReporters(writer.Catalog.Indicators, writer.Catalog.Agencies);
        await FigureCacheTests.ImportAsync(writer, first);
        await SummaryAsync(database);
        await FigureCacheTests.ImportAsync(writer, second);

        // A command finds the row and the shares it would update, then another command updates the row first.
        await using var slow = ReportingDbContext.Open(new DatabaseSettings(database.Location));
        var store = new StoredAggregateStore(slow);
        var stamp = await new DataVersionStore(slow).ReadAsync();
        var structureDate = SummaryBuilder.StructureDate(Quarter);
        var kept = await store.FindAsync(Quarter, structureDate, stamp);
        Assert.Equal([second.Agency.Code], kept!.ChangedAgencies);
        var shares = await store.ReadSharesAsync(Quarter, structureDate, kept, [second.Agency.Code]);
        Assert.NotNull(shares);
        await SummaryAsync(database);
        var after = await RowAsync(database);

        // Its update, from figures without the second file's, is refused whole, and so is reading shares for it.
        var updated = await store.UpdateAsync(kept, kept.Aggregate, kept.Totals!, shares, structureDate, stamp, writer.Catalog.Indicators.Indicators.Select(i => i.Code));
        Assert.False(updated);
        Assert.Equal(after, await RowAsync(database));
        Assert.Null(await store.ReadSharesAsync(Quarter, structureDate, kept, [second.Agency.Code]));
        Assert.Equal(first.Sent + second.Sent, Sent(await SummaryAsync(database)));
        await AssertKeptIsATallyAfreshAsync(database);
    }

    [ProviderTheory]
    public async Task DamagedShares_AreTalliedAgain_NotUsed(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var writer = await FigureCacheTests.OpenAsync(database);
        var (first, second) = FigureCacheTests.TwoMonthlyReporters(writer.Catalog.Indicators, writer.Catalog.Agencies);
        await FigureCacheTests.ImportAsync(writer, first);
        await SummaryAsync(database);
        await using (var db = ReportingDbContext.Open(new DatabaseSettings(database.Location)))
        {
            Assert.True(await db.StoredShareBuckets.CountAsync() > 0);
            await db.StoredShareBuckets.ExecuteUpdateAsync(b => b.SetProperty(x => x.Shares, [1, 5, 200]));
        }

        await FigureCacheTests.ImportAsync(writer, second);
        Assert.Equal(first.Sent + second.Sent, Sent(await SummaryAsync(database)));
        await AssertKeptIsATallyAfreshAsync(database);
    }

    [ProviderTheory]
    public async Task AMonth_IsKeptWithoutShares_AndAFileOfItAggregatesItAgain(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var writer = await FigureCacheTests.OpenAsync(database);
        var (first, second) = FigureCacheTests.TwoMonthlyReporters(writer.Catalog.Indicators, writer.Catalog.Agencies);
        var may = PeriodId.Parse("2026-05");
        await FigureCacheTests.ImportAsync(writer, first);
        Assert.Equal(first.Sent, Sent(await MonthAsync(database, may)));

        await FigureCacheTests.ImportAsync(writer, second);
        Assert.Equal(first.Sent + second.Sent, Sent(await MonthAsync(database, may)));
        await using var db = ReportingDbContext.Open(new DatabaseSettings(database.Location));
        Assert.Equal(["2025-05", "2026-05"], await db.StoredAggregates.Select(a => a.Period).OrderBy(p => p).ToListAsync());
        Assert.Equal(0, await db.StoredShareBuckets.CountAsync());
    }

    private static async Task<PeriodSummary> MonthAsync(TestDatabase database, PeriodId month)
    {
        var reader = await ReportingDatabase.OpenAsync(new DatabaseOpening(database.Location, DatabaseAccess.Read));
        await using var workspace = await reader.OpenWorkspaceAsync();
        return (await new SummaryQuery(workspace).BreakdownAsync(month, null, AggregateDetail.Province)).Summary;
    }

    /// <summary>The quarter's kept totals and every carrier's kept shares are those of a tally of every roll-up afresh.</summary>
    private static async Task AssertKeptIsATallyAfreshAsync(TestDatabase database)
    {
        var reader = await ReportingDatabase.OpenAsync(new DatabaseOpening(database.Location, DatabaseAccess.Read));
        await using var workspace = await reader.OpenWorkspaceAsync();
        var structureDate = SummaryBuilder.StructureDate(Quarter);
        var afresh = ProvinceTally.Of(workspace.Catalog, workspace.Agencies, await workspace.Submissions.Rollups.ReadAsync(Quarter), structureDate);

        var store = new StoredAggregateStore(workspace.Db);
        var kept = await store.FindAsync(Quarter, structureDate, await new DataVersionStore(workspace.Db).ReadAsync());
        Assert.NotNull(kept);
        Assert.Empty(kept.ChangedAgencies);
        Assert.Equal(afresh.Totals.Indicators.Select(Describe), kept.Totals!.Indicators.Select(Describe));
        var carriers = new TallyStructure(workspace.Catalog, workspace.Agencies, Quarter, structureDate).Carriers.ToList();
        var shares = await store.ReadSharesAsync(Quarter, structureDate, kept, carriers);
        Assert.Equal(afresh.Shares.Select(Describe).Order(), shares!.Carriers.Select(Describe).Order());
    }

    private static string Describe(IndicatorTotal t) =>
        $"{t.Code} {t.Sum} scale={t.Sum.Scale} {t.Yes} {t.Count} {t.Estimated} {t.SourceCount} {t.Reported} {t.Expected} {t.Incomplete} [{string.Join(",", t.Scales.Reverse().SkipWhile(n => n == 0))}]";

    private static string Describe(CarrierShares c) =>
        c.Carrier + ": " + string.Join("; ", c.Shares.Select(s => $"{s.IndicatorCode} {s.Sum} {s.Yes} {s.Count} {s.Estimated} {s.SourceCount} {s.Reported} {s.Expected} {s.Complete} [{string.Join(",", s.Predecessors)}]"));

    private static async Task<string> RowAsync(TestDatabase database)
    {
        await using var db = ReportingDbContext.Open(new DatabaseSettings(database.Location));
        var row = await db.StoredAggregates.AsNoTracking().SingleAsync(a => a.Period == Quarter.ToString());
        return $"{row.StampTotal} {row.StampSubmissions} {row.KeepId} {row.Figures}";
    }

    private static async Task MoveKeptSentTotalAsync(TestDatabase database, decimal by)
    {
        await using var db = ReportingDbContext.Open(new DatabaseSettings(database.Location));
        var row = await db.StoredAggregates.SingleAsync(a => a.Period == Quarter.ToString());
        var figures = JsonNode.Parse(row.Figures)!;
        var total = figures["totals"]!.AsArray().Single(t => (string?)t!["code"] == "EDOC.SENT")!;
        total["sum"] = (decimal)total["sum"]! + by;
        row.Figures = figures.ToJsonString();
        await db.SaveChangesAsync();
    }
}
