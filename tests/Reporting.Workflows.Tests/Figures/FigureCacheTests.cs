using Reporting.Core.Agencies;
using Reporting.Core.Audit;
using Reporting.Core.Catalog;
using Reporting.Core.Periods;
using Reporting.Core.Submissions;
using Reporting.Data;
using Reporting.Data.Entities;
using Reporting.Excel.Templates;
using Reporting.Testing;
using Reporting.Workflows.Import;
using Reporting.Workflows.Issue;
using Reporting.Workflows.Queries;
using Reporting.Workflows.Review;

namespace Reporting.Workflows.Tests.Figures;

/// <summary>
/// Figures kept in memory are never stale: a file accepted a moment ago is in the next figure, also when another
/// process (another <see cref="ReportingDatabase"/> over the same database) stored it; on SQLite and PostgreSQL.
/// </summary>
public sealed class FigureCacheTests
{
    /// <summary>Noon in the province on 5 December 2026: May 2026 has begun and is due.</summary>
    private static readonly DateTimeOffset Now = new(2026, 12, 5, 5, 0, 0, TimeSpan.Zero);

    private static readonly PeriodId May = PeriodId.Parse("2026-05");

    [ProviderTheory]
    public Task PeriodFigures_RightAfterAnAcceptedUpload_IncludeIt(StorageProvider provider) => RightAfterAnAcceptedUploadAsync(provider);

    [ProviderTheory]
    public Task PeriodFigures_OfTwoProcessesOverOneDatabase_SeeEachOthersUploadsAndCatalogChanges(StorageProvider provider) => TwoProcessesAsync(provider);

    [Fact]
    public async Task FigureCache_KeepsAtMostItsCapacity_LettingTheLeastRecentlyUsedGo()
    {
        var cache = new FigureCache(2);
        var stamp = new DataStamp(1, 0);
        var (h1, h2, q1) = (Key("2026-H1"), Key("2026-H2"), Key("2026-Q1"));
        await cache.GetOrComputeAsync(h1, stamp, true, () => Task.FromResult("H1"));
        await cache.GetOrComputeAsync(h2, stamp, true, () => Task.FromResult("H2"));
        await cache.GetOrComputeAsync(h1, stamp, true, () => Task.FromResult("H1 again"));
        await cache.GetOrComputeAsync(q1, stamp, true, () => Task.FromResult("Q1"));

        Assert.Equal(2, cache.Count);
        Assert.Equal(3, cache.Computed);
        Assert.Equal("H1", await cache.GetOrComputeAsync(h1, stamp, true, () => Task.FromResult("H1 recomputed")));
        Assert.Equal("H2 recomputed", await cache.GetOrComputeAsync(h2, stamp, true, () => Task.FromResult("H2 recomputed")));
    }

    [Fact]
    public async Task FigureCache_RequestsAskingAtOnce_WaitForOneComputation()
    {
        var cache = new FigureCache(4);
        var release = new TaskCompletionSource<string>();
        var asked = Enumerable.Range(0, 20).Select(_ => cache.GetOrComputeAsync(Key("2026-H1"), new DataStamp(7, 1), true, () => release.Task)).ToList();
        release.SetResult("figures");

        Assert.All(await Task.WhenAll(asked), f => Assert.Equal("figures", f));
        Assert.Equal(1, cache.Computed);
    }

    [Fact]
    public async Task FigureCache_KeepsAFigure_AcrossSubmissionsOfOtherMonths_AndComputesItAgainForItsOwnOrAnyOtherWrite()
    {
        var cache = new FigureCache(4);
        var h1 = Key("2026-H1");
        var log = new Dictionary<long, DataChange>
        {
            [10] = Change("X001", "2025-05"),
            [11] = Change("X002", "2026-03"),
            [13] = Change("X003", "2024-01"),
        };
        var changes = ChangesIn(log);
        var computed = 0;
        Task<string> Compute() => Task.FromResult("figures " + ++computed);

        Assert.Equal("figures 1", await cache.GetOrComputeAsync(h1, new DataStamp(10, 1, 9), true, Compute, changes));
        // May 2025 stored: not of H1 2026.
        Assert.Equal("figures 1", await cache.GetOrComputeAsync(h1, new DataStamp(11, 1, 10), true, Compute, changes));
        // March 2026 stored: of H1.
        Assert.Equal("figures 2", await cache.GetOrComputeAsync(h1, new DataStamp(12, 1, 11), true, Compute, changes));
        // A raise that left no record (12): anything may have changed.
        Assert.Equal("figures 3", await cache.GetOrComputeAsync(h1, new DataStamp(14, 1, 13), true, Compute, changes));
        // The catalog changed: computed again though no submission of its months was stored.
        Assert.Equal("figures 4", await cache.GetOrComputeAsync(h1, new DataStamp(15, 2, 13), true, Compute, changes));
        // Without the change log a figure is kept at its stamp only.
        Assert.Equal("figures 5", await cache.GetOrComputeAsync(h1, new DataStamp(16, 2, 14), true, Compute));
    }

    [Fact]
    public async Task FigureCache_KeepsAFigureTheCycleDoesNotMove_AcrossReviewsIssuesAndReopenings_OnlyThat()
    {
        var cache = new FigureCache(4);
        var (everyVersion, accepted) = (Key("2026-H1") with { MovedByCycle = false }, Key("2026-H1"));
        var changes = ChangesIn([]);
        foreach (var key in new[] { everyVersion, accepted })
        {
            Assert.Equal("at 10", await cache.GetOrComputeAsync(key, new DataStamp(10, 1, 9, 0), true, () => Task.FromResult("at 10"), changes));
        }

        // Two reviews since: the figure of every current version is kept, the other computed again.
        Assert.Equal("at 10", await cache.GetOrComputeAsync(everyVersion, new DataStamp(12, 1, 9, 2), true, () => Task.FromResult("at 12"), changes));
        Assert.Equal("at 12", await cache.GetOrComputeAsync(accepted, new DataStamp(12, 1, 9, 2), true, () => Task.FromResult("at 12"), changes));

        // An issue and a reopening since: the same.
        Assert.Equal("at 10", await cache.GetOrComputeAsync(everyVersion, new DataStamp(14, 1, 9, 2, 2), true, () => Task.FromResult("at 14"), changes));
        Assert.Equal("at 14", await cache.GetOrComputeAsync(accepted, new DataStamp(14, 1, 9, 2, 2), true, () => Task.FromResult("at 14"), changes));

        // A write no counter but the total names (a counter of a later release) moves both, and so does a catalog change.
        Assert.Equal("at 15", await cache.GetOrComputeAsync(everyVersion, new DataStamp(15, 1, 9, 2, 2), true, () => Task.FromResult("at 15"), changes));
        Assert.Equal("at 16", await cache.GetOrComputeAsync(everyVersion, new DataStamp(16, 2, 9, 2, 2), true, () => Task.FromResult("at 16"), changes));
    }

    [ProviderTheory]
    public async Task PeriodFigures_AfterAReviewAnIssueAndAReopening_AreKept_WhileTheAcceptedOnesAreBuiltAgain(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var portal = await OpenAsync(database);
        var h1 = PeriodId.Parse("2026-H1");
        var (first, second) = TwoMonthlyReporters(portal.Catalog.Indicators, portal.Catalog.Agencies);
        await ImportAsync(portal, first);
        await ImportAsync(portal, second);
        var before = await FiguresAsync(portal, h1);
        PeriodFigures acceptedBefore;
        await using (var workspace = await portal.OpenWorkspaceAsync())
        {
            acceptedBefore = await new PeriodFiguresQuery(workspace).BuildAsync(h1, acceptedOnly: true);
        }

        var computed = portal.Figures.Computed;
        await using (var workspace = await portal.OpenWorkspaceAsync())
        {
            var version = (await workspace.Submissions.SubmissionsAsync(h1.FirstMonth, h1.LastMonth)).Single(v => v.AgencyCode == first.Agency.Code);
            Assert.NotNull((await new SubmissionReview(workspace).AcceptAsync(version.Id, new Actor("analyst1", "10.0.0.7"))).Review);
        }

        // Issuing and reopening a month of the half-year lock and unlock its stores, which moves none of its figures.
        await using (var workspace = await portal.OpenWorkspaceAsync())
        {
            var issue = new PeriodIssue(workspace);
            Assert.True((await issue.IssueAsync(PeriodId.Parse("2026-05"), Language.Vietnamese, new Actor("analyst1", "10.0.0.7"))).Done);
            Assert.True((await issue.ReopenAsync(PeriodId.Parse("2026-05"), new Actor("leader1", "10.0.0.8"), "Sửa số liệu")).Done);
        }

        // The figures of every current version: the same objects, nothing computed.
        Assert.Same(before, await FiguresAsync(portal, h1));
        Assert.Equal(computed, portal.Figures.Computed);

        // Those from accepted versions now count the one accepted.
        PeriodFigures acceptedAfter;
        await using (var workspace = await portal.OpenWorkspaceAsync())
        {
            acceptedAfter = await new PeriodFiguresQuery(workspace).BuildAsync(h1, acceptedOnly: true);
        }

        Assert.Null(Sent(acceptedBefore));
        Assert.Equal(first.Sent, Sent(acceptedAfter));
        Assert.Equal(first.Sent + second.Sent, Sent(before));
    }

    [Fact]
    public async Task FigureCache_ARequestThatReadAnEarlierStamp_UsesTheFigureOfALaterOne_ButNotOfAnotherCatalog()
    {
        var cache = new FigureCache(4);
        var h1 = Key("2026-H1");
        Assert.Equal("at 11", await cache.GetOrComputeAsync(h1, new DataStamp(11, 1, 10), true, () => Task.FromResult("at 11")));

        // Read before the write that 11 holds: the later figure holds everything it saw.
        Assert.Equal("at 11", await cache.GetOrComputeAsync(h1, new DataStamp(10, 1, 9), true, () => Task.FromResult("at 10")));
        Assert.Equal(1, cache.Computed);

        // Read before a catalog change: computed for it alone, the later figure kept.
        Assert.Equal("old catalog", await cache.GetOrComputeAsync(h1, new DataStamp(10, 0, 10), true, () => Task.FromResult("old catalog")));
        Assert.Equal("at 11", await cache.GetOrComputeAsync(h1, new DataStamp(11, 1, 10), true, () => Task.FromResult("again")));
        Assert.Equal(2, cache.Computed);
    }

    [Fact]
    public async Task FigureCache_WhileAnEarlierStateIsComputed_LaterRequestsWaitForIt_ThenComputeOnceForAll()
    {
        var cache = new FigureCache(4);
        var h1 = Key("2026-H1");
        var earlier = new TaskCompletionSource<string>();
        var started = 0;
        var first = cache.GetOrComputeAsync(h1, new DataStamp(10, 1), true, () => { Interlocked.Increment(ref started); return earlier.Task; });
        var later = Enumerable.Range(0, 10)
            .Select(_ => cache.GetOrComputeAsync(h1, new DataStamp(11, 1), true, async () => { Interlocked.Increment(ref started); await Task.Yield(); return "at 11"; }))
            .ToList();
        await Task.Delay(50);
        Assert.Equal(1, Volatile.Read(ref started));

        earlier.SetResult("at 10");

        Assert.Equal("at 10", await first);
        Assert.All(await Task.WhenAll(later), f => Assert.Equal("at 11", f));
        Assert.Equal(2, cache.Computed);
    }

    [Fact]
    public async Task FigureCache_UpdatesAKeptFigure_FromTheChangesOfItsMonthsAlone_AndComputesAgainWhenTheyAreUnknown()
    {
        var cache = new FigureCache(4);
        var h1 = Key("2026-H1");
        var log = new Dictionary<long, DataChange>
        {
            [10] = Change("X001", "2026-03"),
            [11] = Change("X002", "2025-03"),
            [12] = Change("X003", "2026-06"),
        };
        var changes = ChangesIn(log);
        Task<string> Compute() => Task.FromResult("computed");
        Task<string> Update(string kept, IReadOnlyList<DataChange> since) => Task.FromResult(kept + " + " + string.Join(",", since.Select(c => c.AgencyCode)));

        Assert.Equal("computed", await cache.GetOrComputeAsync(h1, new DataStamp(10, 1, 9), true, Compute, changes, Update));
        // Three stored since: two of H1 2026, one of 2025.
        Assert.Equal("computed + X001,X003", await cache.GetOrComputeAsync(h1, new DataStamp(13, 1, 12), true, Compute, changes, Update));
        // A raise that left no record (13): computed again from everything.
        Assert.Equal("computed", await cache.GetOrComputeAsync(h1, new DataStamp(14, 1, 13), true, Compute, changes, Update));
        Assert.Equal(3, cache.Computed);
    }

    [ProviderTheory]
    public async Task PeriodFigures_AfterAFileOfOneMonth_AggregateAgainOnlyThePeriodsShownThatHoldIt_AndEqualTheFiguresBuiltAfresh(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var portal = await OpenAsync(database);
        var h1 = PeriodId.Parse("2026-H1");
        var (first, second) = TwoMonthlyReporters(portal.Catalog.Indicators, portal.Catalog.Agencies);
        await ImportAsync(portal, first);
        var before = await FiguresAsync(portal, h1);
        var computed = portal.Figures.Computed;

        // A file of May 2026: the half-year's aggregate and the page's figures again (and the months with data they
        // look at), the five earlier halves kept.
        await ImportAsync(portal, second);
        var after = await FiguresAsync(portal, h1);
        Assert.Equal(computed + 3, portal.Figures.Computed);
        Assert.Equal(first.Sent + second.Sent, after.Summary.Rows.Single(r => r.Indicator.Code == "EDOC.SENT").Value);

        // A file of May 2019, before every period the page shows: nothing computed again.
        computed = portal.Figures.Computed;
        await using (var workspace = await portal.OpenWorkspaceAsync())
        {
            await workspace.Submissions.SaveAsync(
                new ParsedSubmission("old.xlsx", "Data", first.Agency.Code, "B2", PeriodId.Parse("2019-05"), "B3", [new ParsedValue("EDOC.SENT", 7m, "D7")], [], "old"),
                Now);
        }

        var unchanged = await FiguresAsync(portal, h1);
        Assert.Equal(computed, portal.Figures.Computed);

        // Every figure kept or aggregated again is the one a fresh build from the stored roll-ups gives.
        await AssertAsBuiltAfreshAsync(portal, unchanged);
        Assert.NotEqual(before.Summary.Rows.Single(r => r.Indicator.Code == "EDOC.SENT").Value, unchanged.Summary.Rows.Single(r => r.Indicator.Code == "EDOC.SENT").Value);

        // The half-year's roll-ups are now kept: a new version of the first file updates them with its agency's alone.
        await ImportAsync(portal, first, sentMore: 5);
        var corrected = await FiguresAsync(portal, h1);
        await AssertAsBuiltAfreshAsync(portal, corrected);
        Assert.Equal(first.Sent + second.Sent + 5, corrected.Summary.Rows.Single(r => r.Indicator.Code == "EDOC.SENT").Value);
    }

    private static async Task AssertAsBuiltAfreshAsync(ReportingDatabase portal, PeriodFigures kept)
    {
        await using var fresh = await portal.OpenWorkspaceAsync();
        var built = await new SummaryQuery(fresh).BuildAsync(kept.Summary.Period);
        Assert.Equal(
            built.Rows.Select(r => (r.Indicator.Code, r.Value, r.CompareValue, r.Current.Reported, r.Current.Expected, r.Current.Complete, r.Current.SourceCount, r.Current.Estimated)),
            kept.Summary.Rows.Select(r => (r.Indicator.Code, r.Value, r.CompareValue, r.Current.Reported, r.Current.Expected, r.Current.Complete, r.Current.SourceCount, r.Current.Estimated)));
        var trend = await new TrendQuery(fresh).BuildAsync(built);
        Assert.Equal(
            trend.SelectMany(p => fresh.Catalog.Indicators.Select(i => (p.Period, i.Code, p.Province(i.Code).Value))),
            kept.Trend.SelectMany(p => fresh.Catalog.Indicators.Select(i => (p.Period, i.Code, p.Province(i.Code).Value))));
    }

    [ProviderTheory]
    public async Task Completeness_AfterUploadsOfThePeriod_IsUpdatedForTheirAgencies_AndEqualsTheListCheckedAfresh(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var portal = await OpenAsync(database);
        var (first, second) = TwoMonthlyReporters(portal.Catalog.Indicators, portal.Catalog.Agencies);
        var h1 = PeriodId.Parse("2026-H1");
        await ImportAsync(portal, first);
        Assert.Equal(await CompletenessAfreshAsync(portal, h1), Rows(await CompletenessAsync(portal, h1)));

        // A second agency's May, then a new version of the first's: each row follows, every other row stays.
        await ImportAsync(portal, second);
        await ImportAsync(portal, first, sentMore: 1);
        var updated = await CompletenessAsync(portal, h1);

        Assert.Equal(await CompletenessAfreshAsync(portal, h1), Rows(updated));
        var firstRow = updated.Single(a => a.Agency.Code == first.Agency.Code);
        Assert.True(firstRow.Superseded);
        Assert.Equal(2, firstRow.Owed.Single(o => o.Period == May).Current!.Version);
        Assert.Equal(1, updated.Single(a => a.Agency.Code == second.Agency.Code).Owed.Single(o => o.Period == May).Current!.Version);
    }

    [ProviderTheory]
    public async Task Acceptance_AfterUploadsOfThePeriodAndAReview_FollowsEachAndEqualsACountAfresh(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var portal = await OpenAsync(database);
        var (first, second) = TwoMonthlyReporters(portal.Catalog.Indicators, portal.Catalog.Agencies);
        var h1 = PeriodId.Parse("2026-H1");
        await ImportAsync(portal, first);
        Assert.Equal((1, 1), await AcceptanceAsync(portal, h1));

        await ImportAsync(portal, second);
        Assert.Equal((2, 2), await AcceptanceAsync(portal, h1));

        await using (var workspace = await portal.OpenWorkspaceAsync())
        {
            var version = (await workspace.Submissions.SubmissionsOfAgencyAsync(first.Agency.Code)).Single(v => v.IsCurrent);
            Assert.True((await new Review.SubmissionReview(workspace).AcceptAsync(version.Id, new Core.Audit.Actor("analyst1", "10.0.0.7"))).Refusal is null);
        }

        Assert.Equal((1, 2), await AcceptanceAsync(portal, h1));

        // A new version of the accepted file waits for review again; the count follows, as a count afresh says.
        await ImportAsync(portal, first, sentMore: 1);
        Assert.Equal((2, 2), await AcceptanceAsync(portal, h1));
        await using var fresh = await portal.OpenWorkspaceAsync();
        var states = await fresh.Submissions.CurrentStateCountsAsync(h1.FirstMonth, h1.LastMonth);
        Assert.Equal(2, states.Values.Sum(s => s.Values.Sum()));
        Assert.All(states.Values.SelectMany(s => s.Keys), s => Assert.Equal("submitted", s));
    }

    [ProviderTheory]
    public async Task MonthsWithData_KeptAcrossUploads_WidenWithEachAsTheStoreSays(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var portal = await OpenAsync(database);
        var (first, _) = TwoMonthlyReporters(portal.Catalog.Indicators, portal.Catalog.Agencies);
        await ImportAsync(portal, first);
        Assert.Equal((2026, May.FirstMonth), await MonthsAsync(portal));

        // Files of an earlier and a later month than any stored: the kept months follow without a query of their own.
        foreach (var (month, earliest, latest) in new[] { ("2019-05", new YearMonth(2019, 5), May.FirstMonth), ("2027-02", new YearMonth(2019, 5), new YearMonth(2027, 2)) })
        {
            await using (var workspace = await portal.OpenWorkspaceAsync())
            {
                await workspace.Submissions.SaveAsync(
                    new ParsedSubmission($"{month}.xlsx", "Data", first.Agency.Code, "B2", PeriodId.Parse(month), "B3", [new ParsedValue("EDOC.SENT", 7m, "D7")], [], month),
                    Now);
            }

            Assert.Equal((earliest.Year, latest), await MonthsAsync(portal));
            await using var fresh = await portal.OpenWorkspaceAsync();
            Assert.Equal(((YearMonth?)earliest, (YearMonth?)latest), (await fresh.Submissions.EarliestMonthAsync(), await fresh.Submissions.LatestMonthAsync()));
        }

        await using var offered = await portal.OpenWorkspaceAsync();
        Assert.Contains(PeriodId.Parse("2019-H1"), await new PeriodsQuery(offered).OfferedAsync());
        Assert.Equal(PeriodId.Parse("2027-H1"), await new PeriodsQuery(offered).DefaultAsync());
    }

    /// <summary>The first year and the last month with data, as the portal's pages read them (kept across requests).</summary>
    private static async Task<(int, YearMonth?)> MonthsAsync(ReportingDatabase portal)
    {
        await using var workspace = await portal.OpenWorkspaceAsync();
        var offered = await new PeriodsQuery(workspace).OfferedAsync();
        var latest = await new PeriodsQuery(workspace).LatestMonthAsync();
        return (offered.Min(p => p.Year), latest);
    }

    private static async Task<(int, int)> AcceptanceAsync(ReportingDatabase portal, PeriodId period)
    {
        await using var workspace = await portal.OpenWorkspaceAsync();
        return await new Review.ReviewQueue(workspace).AcceptanceAsync(period);
    }

    private static async Task<IReadOnlyList<Core.Completeness.AgencyCompleteness>> CompletenessAsync(ReportingDatabase portal, PeriodId period)
    {
        await using var workspace = await portal.OpenWorkspaceAsync();
        return await new CompletenessQuery(workspace).ListAsync(period);
    }

    /// <summary>The list checked from every stored version of the period, on a workspace of its own with nothing kept.</summary>
    private static async Task<IReadOnlyList<string>> CompletenessAfreshAsync(ReportingDatabase portal, PeriodId period)
    {
        await using var workspace = await portal.OpenWorkspaceAsync();
        var versions = await workspace.Submissions.SubmissionsAsync(period.FirstMonth, period.LastMonth, includeSuperseded: true);
        return Rows(Core.Completeness.CompletenessCheck.Of(workspace.Agencies, workspace.Calendar, period, versions, workspace.Clock));
    }

    private static IReadOnlyList<string> Rows(IEnumerable<Core.Completeness.AgencyCompleteness> list) =>
        list.Select(a => a.Agency.Code + ": " + string.Join("; ", a.Owed.Select(o => $"{o.Period} {o.Status} {o.DaysLate} {o.First?.Id} {o.Current?.Id}"))).ToList();

    /// <summary>The changes between two counter values as the store gives them: null when a value in between left no record.</summary>
    private static DataChanges ChangesIn(Dictionary<long, DataChange> log) => (after, upTo) =>
    {
        var values = Enumerable.Range((int)after + 1, (int)(upTo - after)).Select(v => (long)v).ToList();
        return Task.FromResult<IReadOnlyList<DataChange>?>(values.All(log.ContainsKey) ? [.. values.Select(v => log[v])] : null);
    };

    private static DataChange Change(string agency, string period) =>
        new() { AgencyCode = agency, FirstMonth = PeriodId.Parse(period).FirstMonth.Index, LastMonth = PeriodId.Parse(period).LastMonth.Index };

    private static async Task<PeriodFigures> FiguresAsync(ReportingDatabase portal, PeriodId period)
    {
        await using var workspace = await portal.OpenWorkspaceAsync();
        return await new PeriodFiguresQuery(workspace).BuildAsync(period);
    }

    private static FigureKey Key(string period) => new("test", PeriodId.Parse(period));

    private static decimal? Sent(PeriodFigures figures) => figures.Summary.Rows.Single(r => r.Indicator.Code == "EDOC.SENT").Value;

    private static async Task RightAfterAnAcceptedUploadAsync(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var portal = await OpenAsync(database);
        var (first, second) = TwoMonthlyReporters(portal.Catalog.Indicators, portal.Catalog.Agencies);
        await ImportAsync(portal, first);
        Assert.Equal(first.Sent, await SentAsync(portal));
        var computed = portal.Figures.Computed;
        Assert.Equal(first.Sent, await SentAsync(portal));
        Assert.Equal(computed, portal.Figures.Computed);

        await ImportAsync(portal, second);

        Assert.Equal(first.Sent + second.Sent, await SentAsync(portal));
    }

    private static async Task TwoProcessesAsync(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var writer = await OpenAsync(database);
        var reader = await ReportingDatabase.OpenAsync(new DatabaseOpening(database.Location, DatabaseAccess.Read) { Time = new FixedTime(Now) });
        var (first, second) = TwoMonthlyReporters(writer.Catalog.Indicators, writer.Catalog.Agencies);
        await ImportAsync(writer, first);
        Assert.Equal(first.Sent, await SentAsync(reader));

        await ImportAsync(writer, second);

        Assert.Equal(first.Sent + second.Sent, await SentAsync(reader));
        await using (var workspace = await writer.OpenWorkspaceAsync())
        {
            var catalogs = new CatalogStore(workspace.Db);
            var documents = await catalogs.DocumentsAsync();
            var renamed = documents["indicators"].Replace("\"E-documents sent\"", "\"E-documents sent (renamed)\"", StringComparison.Ordinal);
            await catalogs.SaveAsync(renamed, documents["agencies"], documents.GetValueOrDefault("calendar"), Now);
        }

        await using var after = await reader.OpenWorkspaceAsync();
        var row = (await new PeriodFiguresQuery(after).BuildAsync(May)).Summary.Rows.Single(r => r.Indicator.Code == "EDOC.SENT");
        Assert.Equal("E-documents sent (renamed)", row.Indicator.NameEn);
        Assert.Equal(first.Sent + second.Sent, row.Value);
    }

    internal static Task<ReportingDatabase> OpenAsync(TestDatabase database) =>
        ReportingDatabase.OpenAsync(new DatabaseOpening(database.Location, DatabaseAccess.Upgrade) { Templates = RepoFiles.Templates, Time = new FixedTime(Now) });

    private static async Task<decimal?> SentAsync(ReportingDatabase portal)
    {
        await using var workspace = await portal.OpenWorkspaceAsync();
        var figures = await new PeriodFiguresQuery(workspace).BuildAsync(May);
        return figures.Summary.Rows.Single(r => r.Indicator.Code == "EDOC.SENT").Value;
    }

    /// <summary>Two agencies that report May on its own and send e-documents, with the synthetic province's values.</summary>
    internal static ((Agency Agency, decimal Sent), (Agency Agency, decimal Sent)) TwoMonthlyReporters(IndicatorCatalog catalog, AgencyDirectory agencies)
    {
        var province = new SyntheticProvince(catalog, agencies);
        var two = agencies.ActiveDuring(May)
            .Where(a => a.SubmissionPeriodFor(May.FirstMonth) == May)
            .Select(a => (Agency: a, Sent: province.ValuesFor(a, May).GetValueOrDefault("EDOC.SENT")))
            .Where(a => a.Sent is > 0)
            .Take(2)
            .Select(a => (a.Agency, a.Sent!.Value))
            .ToList();
        return (two[0], two[1]);
    }

    /// <param name="sentMore">Added to the agency's e-documents sent: a new version with other figures.</param>
    /// <param name="month">The month of the file (May 2026 unless given).</param>
    internal static async Task ImportAsync(ReportingDatabase portal, (Agency Agency, decimal Sent) reporter, decimal sentMore = 0, PeriodId? month = null)
    {
        var period = month ?? May;
        await using var workspace = await portal.OpenWorkspaceAsync();
        var folder = Directory.CreateTempSubdirectory("reporting-figures-").FullName;
        var path = Path.Combine(folder, $"{reporter.Agency.Code}_{period}.xlsx");
        await using (var stream = File.Create(path))
        {
            var values = new SyntheticProvince(workspace.Catalog, workspace.Agencies).ValuesFor(reporter.Agency, period).ToDictionary();
            values["EDOC.SENT"] += sentMore;
            new SubmissionTemplateWriter(workspace.Catalog).Write(reporter.Agency, period, Language.Vietnamese, stream, values);
        }

        var result = await new SubmissionImporter(workspace).ImportFileAsync(path, new ImportOptions());
        Directory.Delete(folder, recursive: true);
        Assert.Equal(ImportOutcome.Stored, result.Outcome);
    }
}
