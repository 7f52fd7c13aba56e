using Reporting.Testing;
using Reporting.Core.Aggregation;
using Reporting.Core.Catalog;
using Reporting.Core.Periods;
using Reporting.Core.Reports;
using Reporting.Core.Summary;
using Reporting.Workflows.Queries;
using Reporting.Workflows.Reports;

namespace Reporting.Workflows.Tests;

/// <summary>
/// A report built from the stored roll-ups shows what one built from the values in memory shows: every figure of the
/// period, the compare period and the trend, and the same values behind them on the data sheet.
/// </summary>
public sealed class ReportModelQueryTests(StoredProvince stored) : IClassFixture<StoredProvince>
{
    [ProviderTheory]
    [InlineData("2026-H1")]
    [InlineData("2026-Q1")]
    [InlineData("2026-03")]
    [InlineData("2025-9M")]
    [InlineData("2025")]
    public async Task Build_FromStoredRollups_EqualsTheInMemoryModel(StorageProvider provider, string periodText)
    {
        var workspace = await stored.WorkspaceAsync(provider);
        var period = PeriodId.Parse(periodText);
        var model = await new ReportModelQuery(workspace).BuildAsync(period, null, Language.Vietnamese);

        // The straightforward path: every current value read with its cell, rolled up in memory.
        var trendPeriods = period.Trend(TrendQuery.Length(period));
        var values = new ValueIndex(await new SummaryQuery(workspace).ValuesAsync(trendPeriods.Append(period.SamePeriodLastYear), withCells: true));
        var expected = new SummaryBuilder(workspace.Catalog, workspace.Agencies).Build(values, period);
        var aggregator = new Aggregator(workspace.Catalog, workspace.Agencies);

        AssertSameProvinceFigures(workspace.Catalog, expected.Current, model.Summary.Current);
        AssertSameProvinceFigures(workspace.Catalog, expected.Compare, model.Summary.Compare);
        Assert.Equal(expected.Current.Agencies.Order(StringComparer.Ordinal), model.Summary.Current.Agencies.Order(StringComparer.Ordinal));
        Assert.Equal(expected.Compare.Agencies.Order(StringComparer.Ordinal), model.Summary.Compare.Agencies.Order(StringComparer.Ordinal));
        Assert.Equal(expected.Rows.Select(r => (r.Value, r.CompareValue, r.Change, r.Attainment)), model.Summary.Rows.Select(r => (r.Value, r.CompareValue, r.Change, r.Attainment)));
        AssertSameGroupAndAgencyFigures(workspace, expected.Current, model.Summary.Current);
        AssertSameGroupAndAgencyFigures(workspace, expected.Compare, model.Summary.Compare);
        Assert.Equal(trendPeriods, model.Trend.Select(t => t.Period));
        // The trend shows province figures only.
        foreach (var trend in model.Trend)
        {
            AssertSameProvinceFigures(workspace.Catalog, aggregator.Aggregate(values, trend.Period, expected.StructureDate), trend);
        }

        var traced = TracedValues.FromSources(workspace.Catalog, expected);
        Assert.True(traced.Total > 0);
        Assert.Equal(traced.Total, model.DataValues().Total);
        Assert.Equal(Rows(traced.Current), Rows(model.DataValues().Current));
        Assert.Equal(Rows(traced.Compare), Rows(model.DataValues().Compare));
    }

    [ProviderTheory]
    [InlineData("2026-H1", 1)]
    [InlineData("2026-H1", 250)]
    [InlineData("2025", 1000)]
    public async Task TracedValues_CutAtALimit_AreTheFirstOnesOfTheFullList(StorageProvider provider, string periodText, int limit)
    {
        var workspace = await stored.WorkspaceAsync(provider);
        // The query reads only the agencies the list reaches (the roll-ups say how many values each holds).
        var period = PeriodId.Parse(periodText);
        var summary = await new SummaryQuery(workspace).BuildAsync(period);
        var traced = await new TracedValuesQuery(workspace).BuildAsync(summary, limit);

        var expected = TracedValues.FromSources(workspace.Catalog, await new SummaryQuery(workspace).BuildAsync(period, withCells: true), limit);
        Assert.True(expected.Total > limit);
        Assert.Equal(limit, traced.Current.Count + traced.Compare.Count);
        Assert.Equal(Rows(expected.Current), Rows(traced.Current));
        Assert.Equal(Rows(expected.Compare), Rows(traced.Compare));
        Assert.Equal(expected.Total, traced.Total);
    }

    [ProviderTheory]
    public async Task Summary_RightAfterACorrectionIsStored_IncludesIt(StorageProvider provider)
    {
        var workspace = await stored.WorkspaceAsync(provider);
        var summary = await new SummaryQuery(workspace).BuildAsync(PeriodId.Parse("2026-Q1"));
        var revenue = summary.Current.Province("TEL.REVENUE");
        var inMemory = await new SummaryQuery(workspace).BuildAsync(PeriodId.Parse("2026-Q1"), withCells: true);

        Assert.Equal(inMemory.Current.Province("TEL.REVENUE").Value, revenue.Value);
        Assert.Contains(inMemory.Current.Province("TEL.REVENUE").Sources, v => v.SourceFile!.EndsWith("_v2.xlsx", StringComparison.Ordinal));
    }

    private static void AssertSameProvinceFigures(IndicatorCatalog catalog, PeriodAggregate expected, PeriodAggregate actual)
    {
        foreach (var indicator in catalog.Indicators)
        {
            var (e, a) = (expected.Province(indicator.Code), actual.Province(indicator.Code));
            Assert.True(
                (e.Value, e.Reported, e.Expected, e.Complete, e.SourceCount) == (a.Value, a.Reported, a.Expected, a.Complete, a.SourceCount),
                $"{expected.Period} {indicator.Code}: in memory {e.Value} {e.Reported}/{e.Expected} {e.Complete} {e.SourceCount}, stored {a.Value} {a.Reported}/{a.Expected} {a.Complete} {a.SourceCount}");
        }
    }

    /// <summary>The model keeps the figures of every group and agency, not the roll-ups behind them (memory at 5,000 agencies).</summary>
    private static void AssertSameGroupAndAgencyFigures(ReportingWorkspace workspace, PeriodAggregate expected, PeriodAggregate actual)
    {
        static (decimal?, int, int, bool, int) Of(Figure f) => (f.Value, f.Reported, f.Expected, f.Complete, f.SourceCount);
        foreach (var indicator in workspace.Catalog.Indicators)
        {
            Assert.Empty(actual.Province(indicator.Code).Contributions);
            foreach (var group in workspace.Agencies.Groups)
            {
                Assert.Equal(Of(expected.Group(group.Code, indicator.Code)), Of(actual.Group(group.Code, indicator.Code)));
                Assert.Empty(actual.Group(group.Code, indicator.Code).Contributions);
            }

            foreach (var agency in expected.Agencies)
            {
                Assert.Equal(Of(expected.Agency(agency, indicator.Code)), Of(actual.Agency(agency, indicator.Code)));
            }
        }
    }

    private static IEnumerable<(string, string, string, long, decimal, string?, string?)> Rows(IEnumerable<Core.Submissions.ReportedValue> values) =>
        values.Select(v => (v.AgencyCode, v.IndicatorCode, v.Period.ToString(), v.SubmissionId, v.Value, v.Cell, v.SourceFile));
}
