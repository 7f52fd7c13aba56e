using Reporting.Core.Aggregation;
using Reporting.Core.Reports;
using Reporting.Core.Submissions;
using Reporting.Core.Summary;
using static Reporting.Core.Tests.TestData;

namespace Reporting.Core.Tests;

/// <summary>
/// Flows must reach the period's share of the year's target; levels (stocks and rates) the straight line from the end
/// of the year before to the target. Test catalog targets for 2026: T.FLOW 2,000, T.SIGNED_RATE 90%.
/// </summary>
public sealed class TargetPaceTests
{
    [Theory]
    [InlineData("2026-H1", 900, true, 1000)]
    [InlineData("2026-H1", 1000, false, 1000)]
    [InlineData("2026-Q2", 499, true, 500)]
    [InlineData("2026-9M", 1499, true, 1500)]
    [InlineData("2026", 1999, true, 2000)]
    public void Flow_MustReachThePeriodsShareOfTheYearsTarget(string period, decimal value, bool behind, decimal required)
    {
        var pace = TargetPace.Of(Row(Flow, value, target: 2000), P(period), start: null)!;

        Assert.Equal(required, pace.Required);
        Assert.Equal(behind, value < pace.Required);
        Assert.False(pace.IsLevel);
    }

    [Fact]
    public void Level_AfterSixMonths_MustBeHalfwayFromLastYearsEndToTheTarget()
    {
        // From 80% at the end of 2025 to 90% at the end of 2026: 85% by the end of June.
        var pace = TargetPace.Of(Row(SignedRate, 84.99m, target: 90), P("2026-H1"), start: 80)!;

        Assert.Equal(85m, pace.Required);
        Assert.Equal(80m, pace.Start);
        Assert.True(pace.IsLevel);
    }

    [Fact]
    public void Level_AfterNineMonthsOfAQuarterlyReport_MustBeThreeQuartersOfTheWay()
    {
        var pace = TargetPace.Of(Row(Stock, 1000, target: 1400), P("2026-Q3"), start: 1000)!;

        Assert.Equal(1300m, pace.Required);
    }

    [Fact]
    public void Level_AlreadyAtItsTargetLastYear_MustStayThere()
    {
        var pace = TargetPace.Of(Row(SignedRate, 91, target: 90), P("2026-H1"), start: 95)!;

        Assert.Equal(90m, pace.Required);
    }

    [Fact]
    public void Level_InTheYearsOwnReport_IsHeldToTheTargetItself_WithoutAStart()
    {
        var pace = TargetPace.Of(Row(SignedRate, 89, target: 90), P("2026"), start: null)!;

        Assert.Equal(90m, pace.Required);
        Assert.Null(pace.Start);
    }

    [Fact]
    public void NotJudged_WithoutTarget_WithoutValue_WithoutAStartForALevel_OrWhereLowerIsBetter()
    {
        Assert.Null(TargetPace.Of(Row(Flow, 10, target: null), P("2026-H1"), null));
        Assert.Null(TargetPace.Of(Row(Flow, null, target: 2000), P("2026-H1"), null));
        Assert.Null(TargetPace.Of(Row(SignedRate, 50, target: 90), P("2026-9M"), start: null));
        var lowerIsBetter = TestCatalog[Flow] with { HigherIsBetter = false };
        Assert.Null(TargetPace.Of(Row(Flow, 10, target: 2000) with { Indicator = lowerIsBetter }, P("2026-H1"), null));
    }

    [Fact]
    public void Behind_ReadsTheStartFromTheTrendPeriodEndingInDecember_AndListsOnlyThoseBehind()
    {
        // 2025-H2: 800 of 1,000 documents signed (80%); 2026-H1: 840 of 1,000 (84%, behind the 85% the line asks for);
        // the flow T.FLOW reaches 1,200 of its 2,000 target, ahead of the 1,000 half a year asks for.
        var values = new List<ReportedValue>
        {
            Value("D1", Sent, "2025-12", 1000), Value("D1", Signed, "2025-12", 800),
            Value("D1", Sent, "2026-06", 1000), Value("D1", Signed, "2026-06", 840),
            Value("D1", Flow, "2026-03", 1200),
        };
        var directory = DirectoryOf(Agency("D1"));
        var summary = new SummaryBuilder(TestCatalog, directory).Build(values, P("2026-H1"));
        var trend = P("2026-H1").Trend(3).Select(p => new Aggregator(TestCatalog, directory).Aggregate(values, p, summary.StructureDate)).ToList();

        var behind = TargetPace.Behind(summary, trend);

        var pace = Assert.Single(behind);
        Assert.Equal(SignedRate, pace.Row.Indicator.Code);
        Assert.Equal(80m, pace.Start);
        Assert.Equal(85m, pace.Required);
        Assert.Equal(84m, pace.Row.Value);
    }

    private static SummaryRow Row(string code, decimal? value, decimal? target)
    {
        var indicator = TestCatalog[code];
        var figure = new Figure(code, value, 1, 1, true, []);
        return new SummaryRow(indicator, value, null, null, ChangeUnit.Percent, target, null, figure, Figure.Empty(code));
    }
}
