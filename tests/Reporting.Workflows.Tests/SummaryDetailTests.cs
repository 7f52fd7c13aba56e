using Reporting.Core.Aggregation;
using Reporting.Core.Periods;
using Reporting.Testing;
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
    private static List<string> Shown(Reporting.Core.Summary.PeriodSummary summary) => Shown(summary.Rows);

    private static List<string> Shown(IEnumerable<Reporting.Core.Summary.SummaryRow> rows) =>
        rows.Select(r => $"{r.Indicator.Code} {r.Value} {r.CompareValue} {r.Change} {r.Reported}/{r.Expected} {r.Current.Complete} {r.Compare.Complete} {r.Current.SourceCount} {r.Compare.SourceCount}").ToList();

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
    public async Task Breakdown_ByGroup_ComparesEachGroupsSumOfItsAgencies_WithTheSamePeriodLastYear(StorageProvider provider)
    {
        var workspace = await stored.WorkspaceAsync(provider);
        var period = PeriodId.Parse("2026-H1");
        var compare = PeriodId.Parse("2025-H1");
        var province = new SyntheticProvince(workspace.Catalog, workspace.Agencies);

        var breakdown = await new SummaryQuery(workspace).BreakdownAsync(period, null, AggregateDetail.Groups);

        Assert.Equal((period, compare, AggregateDetail.Groups), (breakdown.Summary.Period, breakdown.Summary.ComparePeriod, breakdown.Detail));
        foreach (var group in new[] { "department", "commune" })
        {
            // Merged agencies stayed in their group (communes into communes, departments into departments).
            var value = SumOf(province, period, "EDOC.SENT", a => a.Group == group);
            var last = SumOf(province, compare, "EDOC.SENT", a => a.Group == group);
            var row = Assert.Single(breakdown.Rows, r => r.Level == group && r.Row.Indicator.Code == "EDOC.SENT").Row;
            Assert.Equal((value, last, Math.Round((value - last) / last * 100, 2, MidpointRounding.AwayFromZero)), (row.Value, row.CompareValue, row.Change));
        }

        Assert.DoesNotContain(breakdown.Rows, r => r.Level == "enterprise" && r.Row.Indicator.Code == "EDOC.SENT");
        Assert.Equal(workspace.Agencies.Groups.Select(g => g.Code).Where(g => breakdown.Rows.Any(r => r.Level == g)), breakdown.Rows.Select(r => r.Level).Distinct());
    }

    [ProviderTheory]
    public async Task Breakdown_ByAgency_ComparesEachAgencysOwnFigures_AgenciesByCode(StorageProvider provider)
    {
        var workspace = await stored.WorkspaceAsync(provider);
        var period = PeriodId.Parse("2026-H1");
        var province = new SyntheticProvince(workspace.Catalog, workspace.Agencies);

        var breakdown = await new SummaryQuery(workspace).BreakdownAsync(period, null, AggregateDetail.Agencies);

        var row = Assert.Single(breakdown.Rows, r => r.Level == "VPUBND" && r.Row.Indicator.Code == "EDOC.SENT").Row;
        var value = SumOf(province, period, "EDOC.SENT", a => a.Code == "VPUBND");
        var last = SumOf(province, PeriodId.Parse("2025-H1"), "EDOC.SENT", a => a.Code == "VPUBND");
        Assert.Equal((value, last), (row.Value, row.CompareValue));
        var levels = breakdown.Rows.Select(r => r.Level).Distinct().ToList();
        Assert.Equal(levels.Order(StringComparer.Ordinal), levels);
        Assert.Contains("VNPT", levels);
    }

    [ProviderTheory]
    public async Task Breakdown_ForTheProvince_IsTheSummarysRows(StorageProvider provider)
    {
        var workspace = await stored.WorkspaceAsync(provider);
        var breakdown = await new SummaryQuery(workspace).BreakdownAsync(PeriodId.Parse("2026-H1"), PeriodId.Parse("2025-H2"), AggregateDetail.Province);

        Assert.All(breakdown.Rows, r => Assert.Equal("province", r.Level));
        Assert.Equal(Shown(breakdown.Summary), Shown(breakdown.Rows.Select(r => r.Row)));
        Assert.Equal(workspace.Catalog.Indicators.Count, breakdown.Rows.Count);
        Assert.Equal(PeriodId.Parse("2025-H2"), breakdown.Summary.ComparePeriod);
    }

    /// <summary>An indicator summed over the months of a period and the agencies chosen, from the values generated.</summary>
    private static decimal SumOf(SyntheticProvince province, PeriodId period, string code, Func<Reporting.Core.Agencies.Agency, bool> chosen) =>
        province.Submissions(period.FirstMonth, period.LastMonth).Where(s => chosen(s.Agency)).Sum(s => s.Values.GetValueOrDefault(code) ?? 0);

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
