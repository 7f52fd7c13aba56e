using Reporting.Core.Agencies;
using Reporting.Core.Catalog;
using Reporting.Core.Periods;
using Reporting.Data;
using Reporting.Excel.Templates;
using Reporting.Testing;
using Reporting.Workflows.Import;
using Reporting.Workflows.Queries;

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

    private static FigureKey Key(string period) => new("test", PeriodId.Parse(period));

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

    private static Task<ReportingDatabase> OpenAsync(TestDatabase database) =>
        ReportingDatabase.OpenAsync(new DatabaseOpening(database.Location, DatabaseAccess.Upgrade) { Templates = RepoFiles.Templates, Time = new FixedTime(Now) });

    private static async Task<decimal?> SentAsync(ReportingDatabase portal)
    {
        await using var workspace = await portal.OpenWorkspaceAsync();
        var figures = await new PeriodFiguresQuery(workspace).BuildAsync(May);
        return figures.Summary.Rows.Single(r => r.Indicator.Code == "EDOC.SENT").Value;
    }

    /// <summary>Two agencies that report May on its own and send e-documents, with the synthetic province's values.</summary>
    private static ((Agency Agency, decimal Sent), (Agency Agency, decimal Sent)) TwoMonthlyReporters(IndicatorCatalog catalog, AgencyDirectory agencies)
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

    private static async Task ImportAsync(ReportingDatabase portal, (Agency Agency, decimal Sent) reporter)
    {
        await using var workspace = await portal.OpenWorkspaceAsync();
        var folder = Directory.CreateTempSubdirectory("reporting-figures-").FullName;
        var path = Path.Combine(folder, $"{reporter.Agency.Code}_{May}.xlsx");
        await using (var stream = File.Create(path))
        {
            new SubmissionTemplateWriter(workspace.Catalog).Write(reporter.Agency, May, Language.Vietnamese, stream, new SyntheticProvince(workspace.Catalog, workspace.Agencies).ValuesFor(reporter.Agency, May));
        }

        var result = await new SubmissionImporter(workspace).ImportFileAsync(path, new ImportOptions());
        Directory.Delete(folder, recursive: true);
        Assert.Equal(ImportOutcome.Stored, result.Outcome);
    }
}
