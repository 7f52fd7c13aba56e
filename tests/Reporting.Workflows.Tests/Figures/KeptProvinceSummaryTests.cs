using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Reporting.Core.Aggregation;
using Reporting.Core.Audit;
using Reporting.Core.Catalog;
using Reporting.Core.Periods;
using Reporting.Data;
using Reporting.Data.Opening;
using Reporting.Testing;
using Reporting.Workflows.Issue;
using Reporting.Workflows.Queries;
using Reporting.Workflows.Review;

namespace Reporting.Workflows.Tests.Figures;

/// <summary>
/// `reporting summary`'s province figures kept in the database between commands are the figures aggregated afresh,
/// are read by the next command, and are never stale: a file of their months, or a catalog change, makes them
/// aggregated again; a file of other months or a review leaves them kept. On SQLite and PostgreSQL.
/// </summary>
public sealed class KeptProvinceSummaryTests
{
    private static readonly PeriodId Quarter = PeriodId.Parse("2026-Q2");

    [ProviderTheory]
    public async Task KeptSummary_IsTheSummaryAggregatedAfresh_ReadByTheNextCommand_AndNeverStale(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var writer = await FigureCacheTests.OpenAsync(database);
        var (first, second) = FigureCacheTests.TwoMonthlyReporters(writer.Catalog.Indicators, writer.Catalog.Agencies);
        await FigureCacheTests.ImportAsync(writer, first);

        // The first command aggregates both periods and keeps them.
        var kept = await SummaryAsync(database);
        Assert.Equal(await AfreshAsync(database), Shown(kept));
        Assert.Equal(["2025-Q2", "2026-Q2"], await KeptPeriodsAsync(database));
        Assert.Equal(first.Sent, Sent(kept));

        // The next one reads them: a figure changed in the table shows.
        await ChangeKeptSentAsync(database, Quarter, 1m);
        Assert.Equal(1m, Sent(await SummaryAsync(database)));

        // A file of the quarter's months: aggregated again, with it.
        await FigureCacheTests.ImportAsync(writer, second);
        kept = await SummaryAsync(database);
        Assert.Equal(await AfreshAsync(database), Shown(kept));
        Assert.Equal(first.Sent + second.Sent, Sent(kept));

        // A file of other months than either quarter's: still kept, still read.
        await ChangeKeptSentAsync(database, Quarter, 1m);
        await FigureCacheTests.ImportAsync(writer, first, month: PeriodId.Parse("2026-01"));
        Assert.Equal(1m, Sent(await SummaryAsync(database)));

        // A catalog change: aggregated again.
        await using (var workspace = await writer.OpenWorkspaceAsync())
        {
            var catalogs = new CatalogStore(workspace.Db);
            var documents = await catalogs.DocumentsAsync();
            var renamed = documents["indicators"].Replace("\"E-documents sent\"", "\"E-documents sent (renamed)\"", StringComparison.Ordinal);
            await catalogs.SaveAsync(renamed, documents["agencies"], documents.GetValueOrDefault("calendar"), DateTimeOffset.UnixEpoch);
        }

        kept = await SummaryAsync(database);
        Assert.Equal(await AfreshAsync(database), Shown(kept));
        Assert.Equal(first.Sent + second.Sent, Sent(kept));
    }

    [ProviderTheory]
    public async Task ReviewsIssuesAndReopenings_LeaveKeptFiguresKept_ACatalogChangeMakesThemAggregatedAgain(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var writer = await FigureCacheTests.OpenAsync(database);
        var (first, _) = FigureCacheTests.TwoMonthlyReporters(writer.Catalog.Indicators, writer.Catalog.Agencies);
        await FigureCacheTests.ImportAsync(writer, first);
        await FigureCacheTests.ImportAsync(writer, first, month: PeriodId.Parse("2026-01"));
        await SummaryAsync(database);
        await ChangeKeptSentAsync(database, Quarter, 1m);

        // Accepting the quarter's version and returning January's move no figure of every current version: still kept.
        var analyst = new Actor("analyst1", "10.0.0.7");
        await using (var workspace = await writer.OpenWorkspaceAsync())
        {
            var versions = await workspace.Submissions.SubmissionsAsync(PeriodId.Parse("2026-01").FirstMonth, Quarter.LastMonth);
            var review = new SubmissionReview(workspace);
            Assert.NotNull((await review.AcceptAsync(versions.Single(v => v.Period == PeriodId.Parse("2026-05")).Id, analyst)).Review);
            Assert.NotNull((await review.ReturnAsync(versions.Single(v => v.Period == PeriodId.Parse("2026-01")).Id, analyst, "Thiếu số liệu", [])).Review);
        }

        Assert.Equal(1m, Sent(await SummaryAsync(database)));

        // Nor do issuing (and so locking) a month of the quarter and reopening it: a lock only refuses later stores.
        await using (var workspace = await writer.OpenWorkspaceAsync())
        {
            var issue = new PeriodIssue(workspace);
            Assert.True((await issue.IssueAsync(PeriodId.Parse("2026-05"), Language.Vietnamese, analyst)).Done);
            Assert.Equal(1m, Sent(await SummaryAsync(database)));
            Assert.True((await issue.ReopenAsync(PeriodId.Parse("2026-05"), new Actor("leader1", "10.0.0.8"), "Sửa số liệu")).Done);
        }

        Assert.Equal(1m, Sent(await SummaryAsync(database)));

        // A catalog change is another kind of write: aggregated again, the altered figure gone.
        await using (var workspace = await writer.OpenWorkspaceAsync())
        {
            var catalogs = new CatalogStore(workspace.Db);
            var documents = await catalogs.DocumentsAsync();
            await catalogs.SaveAsync(documents["indicators"], documents["agencies"], documents.GetValueOrDefault("calendar"), DateTimeOffset.UnixEpoch);
        }

        var summary = await SummaryAsync(database);
        Assert.Equal(await AfreshAsync(database), Shown(summary));
        Assert.Equal(first.Sent, Sent(summary));
    }

    [ProviderTheory]
    public async Task DamagedKeptRow_IsAggregatedAgainAndReplaced_NotAFailedCommand(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var writer = await FigureCacheTests.OpenAsync(database);
        var (first, _) = FigureCacheTests.TwoMonthlyReporters(writer.Catalog.Indicators, writer.Catalog.Agencies);
        await FigureCacheTests.ImportAsync(writer, first);
        await SummaryAsync(database);

        foreach (var damaged in new[] { "{\"rules\": 5, cut", "{\"rules\": \"x\"}", "[]", "null" })
        {
            await using (var db = ReportingDbContext.Open(new DatabaseSettings(database.Location)))
            {
                var row = await db.StoredAggregates.SingleAsync(a => a.Period == Quarter.ToString());
                row.Figures = damaged;
                await db.SaveChangesAsync();
            }

            var summary = await SummaryAsync(database);
            Assert.Equal(await AfreshAsync(database), Shown(summary));
            Assert.Equal(first.Sent, Sent(summary));
            await using (var db = ReportingDbContext.Open(new DatabaseSettings(database.Location)))
            {
                Assert.NotEqual(damaged, (await db.StoredAggregates.SingleAsync(a => a.Period == Quarter.ToString())).Figures);
            }
        }
    }

    /// <summary>What <paramref name="ask"/> answers in a process of its own that only reads, as a command does (nothing in memory from earlier ones).</summary>
    internal static async Task<T> InNewReaderAsync<T>(TestDatabase database, Func<ReportingWorkspace, Task<T>> ask)
    {
        var reader = await ReportingDatabase.OpenAsync(new DatabaseOpening(database.Location, DatabaseAccess.Read));
        await using var workspace = await reader.OpenWorkspaceAsync();
        return await ask(workspace);
    }

    /// <summary>As `reporting summary` asks.</summary>
    internal static Task<Core.Summary.PeriodSummary> SummaryAsync(TestDatabase database) =>
        InNewReaderAsync(database, async workspace => (await new SummaryQuery(workspace).BreakdownAsync(Quarter, null, AggregateDetail.Province)).Summary);

    /// <summary>From every agency's roll-ups, with groups and agencies: nothing kept is read.</summary>
    private static Task<List<string>> AfreshAsync(TestDatabase database) =>
        InNewReaderAsync(database, async workspace => Shown(await new SummaryQuery(workspace).BuildAsync(Quarter, detail: AggregateDetail.Agencies)));

    /// <summary>Everything a summary prints of its rows, and its note on carried figures.</summary>
    private static List<string> Shown(Core.Summary.PeriodSummary summary) =>
        summary.Rows.Select(r => $"{r.Indicator.Code} {r.Indicator.NameEn} {r.Value} {r.CompareValue} {r.Change} {r.Target} {r.Attainment} {r.Reported}/{r.Expected} " +
                $"{r.Current.Complete} {r.Compare.Complete} {r.Current.SourceCount} {r.Compare.SourceCount} {r.Current.Estimated}/{r.Current.EstimatedAmong} {r.Compare.Estimated}")
            .Append($"carried {summary.CompareHasCarriedFigures} {summary.Current.HasCarriedFigures}")
            .ToList();

    internal static decimal? Sent(Core.Summary.PeriodSummary summary) => summary.Rows.Single(r => r.Indicator.Code == "EDOC.SENT").Value;

    private static async Task<List<string>> KeptPeriodsAsync(TestDatabase database)
    {
        await using var db = ReportingDbContext.Open(new DatabaseSettings(database.Location));
        return await db.StoredAggregates.Select(a => a.Period).OrderBy(p => p).ToListAsync();
    }

    /// <summary>Alters the kept e-documents sent of <paramref name="period"/> (the one row kept for it, or the one kept for <paramref name="structureDate"/>).</summary>
    internal static async Task ChangeKeptSentAsync(TestDatabase database, PeriodId period, decimal value, DateOnly? structureDate = null)
    {
        await using var db = ReportingDbContext.Open(new DatabaseSettings(database.Location));
        var row = await db.StoredAggregates.SingleAsync(a => a.Period == period.ToString() && (structureDate == null || a.StructureDate == structureDate));
        var figures = JsonNode.Parse(row.Figures)!;
        figures["figures"]!.AsArray().Single(f => (string?)f!["code"] == "EDOC.SENT")!["value"] = value;
        row.Figures = figures.ToJsonString();
        await db.SaveChangesAsync();
    }
}
