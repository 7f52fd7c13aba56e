using Reporting.Testing;
using Reporting.Core.Aggregation;
using Reporting.Core.Periods;
using Reporting.Workflows.Queries;

namespace Reporting.Workflows.Tests;

/// <summary>The province's figures are the same whatever detail is asked for; the cheaper levels only leave out groups and agencies.</summary>
public sealed class SummaryDetailTests(StoredProvince stored) : IClassFixture<StoredProvince>
{
    [ProviderTheory]
    [InlineData("2026-H1")]
    [InlineData("2025-Q3")]
    [InlineData("2026-04")]
    public async Task ProvinceFigures_AreTheSameAtEveryDetail(StorageProvider provider, string periodText)
    {
        var workspace = await stored.WorkspaceAsync(provider);
        var query = new SummaryQuery(workspace);
        var period = PeriodId.Parse(periodText);
        var full = await query.BuildAsync(period, detail: AggregateDetail.Agencies);

        foreach (var detail in new[] { AggregateDetail.Province, AggregateDetail.Groups })
        {
            var cheaper = await query.BuildAsync(period, detail: detail);
            Assert.Equal(Shown(full), Shown(cheaper));
            Assert.Equal(full.CompareHasCarriedFigures, cheaper.CompareHasCarriedFigures);
        }
    }

    /// <summary>What a row shows: its figures, their coverage and completeness.</summary>
    private static List<string> Shown(Reporting.Core.Summary.PeriodSummary summary) =>
        summary.Rows.Select(r => $"{r.Indicator.Code} {r.Value} {r.CompareValue} {r.Change} {r.Reported}/{r.Expected} {r.Current.Complete} {r.Compare.Complete} {r.Current.SourceCount} {r.Compare.SourceCount}").ToList();

    [ProviderTheory]
    public async Task EachDetail_KeepsWhatItSays(StorageProvider provider)
    {
        var workspace = await stored.WorkspaceAsync(provider);
        var query = new SummaryQuery(workspace);
        var period = PeriodId.Parse("2026-H1");
        var agency = workspace.Agencies.ActiveDuring(period).First(a => a.Indicators.Contains("EDOC.SENT"));

        var province = await query.BuildAsync(period, detail: AggregateDetail.Province);
        var groups = await query.BuildAsync(period, detail: AggregateDetail.Groups);
        var agencies = await query.BuildAsync(period, detail: AggregateDetail.Agencies);

        Assert.Null(province.Current.Group(agency.Group, "EDOC.SENT").Value);
        Assert.NotNull(groups.Current.Group(agency.Group, "EDOC.SENT").Value);
        Assert.Null(groups.Current.Agency(agency.Code, "EDOC.SENT").Value);
        Assert.NotNull(agencies.Current.Agency(agency.Code, "EDOC.SENT").Value);
        var (all, some) = (agencies.Current.Group(agency.Group, "EDOC.SENT"), groups.Current.Group(agency.Group, "EDOC.SENT"));
        Assert.Equal((all.Value, all.Reported, all.Expected, all.Complete), (some.Value, some.Reported, some.Expected, some.Complete));
    }

    [ProviderTheory]
    public async Task RollupsReadOnTheirOwnConnection_AreTheContextsOnes(StorageProvider provider)
    {
        var workspace = await stored.WorkspaceAsync(provider);
        var rollups = workspace.Submissions.Rollups;
        var period = PeriodId.Parse("2025-H2");

        var own = await rollups.ReadOnOwnConnectionAsync(period);
        var shared = await rollups.ReadAsync(period);

        foreach (var code in new[] { "EDOC.SENT", "TEL.REVENUE", "TEL.PHONE_SUBS" })
        {
            Assert.Equal(shared.Of(code).OrderBy(p => p.Key, StringComparer.Ordinal), own.Of(code).OrderBy(p => p.Key, StringComparer.Ordinal));
        }

        Assert.NotEmpty(own.Of("EDOC.SENT"));
    }
}
