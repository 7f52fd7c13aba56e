using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Reporting.Core.Periods;
using Reporting.Core.Submissions;
using Reporting.Data.Opening;
using Reporting.Testing;

namespace Reporting.Data.Tests;

/// <summary>A new agency list never leaves an agency's stored figures nobody's: one that has reported stays listed.</summary>
public sealed class CatalogStoreTests : IAsyncLifetime
{
    private TestDatabase database = null!;
    private ReportingDbContext db = null!;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (db is not null)
        {
            await db.DisposeAsync();
        }

        if (database is not null)
        {
            await database.DisposeAsync();
        }
    }

    [ProviderTheory]
    public async Task Save_OfAnAgencyListWithoutAnAgencyThatReported_IsRefusedNamingIt_AndTheListStays(StorageProvider provider)
    {
        database = await TestDatabase.CreateAsync(provider);
        db = TestContexts.Open(database);
        await DatabaseSchema.UpgradeAsync(db);
        var indicators = await File.ReadAllTextAsync(Path.Combine(RepoFiles.Templates, "indicators.json"));
        var agencies = await File.ReadAllTextAsync(Path.Combine(RepoFiles.Templates, "agencies.json"));
        var store = new CatalogStore(db);
        await store.SaveAsync(indicators, agencies, null, DateTimeOffset.UnixEpoch);
        await new SubmissionStore(db).SaveAsync(
            new ParsedSubmission("VNPT_2026-03.xlsx", "Data", "VNPT", "B2", PeriodId.Parse("2026-03"), "B3", [new ParsedValue("TEL.REVENUE", 40_000m, "D9")], [], "sha"),
            DateTimeOffset.UnixEpoch);
        var withoutVnpt = JsonNode.Parse(agencies)!;
        var list = withoutVnpt["agencies"]!.AsArray();
        list.Remove(list.Single(a => (string?)a!["code"] == "VNPT"));
        var versionBefore = await db.DataVersions.AsNoTracking().SumAsync(v => v.Version);

        var refused = await Assert.ThrowsAsync<FormatException>(() => store.SaveAsync(indicators, withoutVnpt.ToJsonString(), null, DateTimeOffset.UnixEpoch));

        Assert.Equal(
            "The agency list leaves out 1 agency that has stored submissions (VNPT): keep each in agencies.json and end it with activeUntil. The templates were not loaded: the stored catalog and agency list are as they were.",
            refused.Message);
        db.ChangeTracker.Clear();
        Assert.Equal(agencies, (await store.DocumentsAsync())[Entities.CatalogDocument.Agencies]);
        Assert.NotNull((await store.LoadAsync()).Agencies.Find("VNPT"));
        Assert.Equal(versionBefore, await db.DataVersions.AsNoTracking().SumAsync(v => v.Version));
    }
}
