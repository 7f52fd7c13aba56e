using Reporting.Core.Agencies;
using Reporting.Core.Aggregation;
using Reporting.Core.Periods;
using Reporting.Core.Submissions;
using static Reporting.Core.Tests.TestData;

namespace Reporting.Core.Tests;

public class AggregatorTests
{
    private static PeriodAggregate Aggregate(AgencyDirectory directory, IEnumerable<ReportedValue> values, string period, DateOnly? structure = null)
    {
        var id = PeriodId.Parse(period);
        return new Aggregator(TestCatalog, directory).Aggregate(values, id, structure ?? id.LastMonth.LastDay);
    }

    private static decimal FlowOfMonth(int month) => 100 + (month * month);

    private static decimal StockAtMonth(int month) => 1000 + (month * 7);

    [Theory]
    [InlineData("2025-Q1", 1, 3)]
    [InlineData("2025-Q2", 4, 6)]
    [InlineData("2025-Q4", 10, 12)]
    [InlineData("2025-H1", 1, 6)]
    [InlineData("2025-H2", 7, 12)]
    [InlineData("2025-9M", 1, 9)]
    [InlineData("2025", 1, 12)]
    [InlineData("2025-05", 5, 5)]
    public void Flow_IsSummedOverTheMonthsOfThePeriod(string period, int firstMonth, int lastMonth)
    {
        var directory = DirectoryOf(Agency("D1"));
        var values = Enumerable.Range(1, 12).Select(m => Value("D1", Flow, Month(2025, m), FlowOfMonth(m))).ToList();
        decimal expected = 0;
        for (var m = firstMonth; m <= lastMonth; m++)
        {
            expected += 100 + (m * m);
        }

        var figure = Aggregate(directory, values, period).Province(Flow);

        Assert.Equal(expected, figure.Value);
        Assert.True(figure.Complete);
        Assert.Equal(1, figure.Reported);
        Assert.Equal(1, figure.Expected);
        Assert.Equal(lastMonth - firstMonth + 1, figure.Sources.Count);
    }

    [Theory]
    [InlineData("2025-Q1", 3)]
    [InlineData("2025-Q2", 6)]
    [InlineData("2025-H1", 6)]
    [InlineData("2025-H2", 12)]
    [InlineData("2025-9M", 9)]
    [InlineData("2025", 12)]
    public void Stock_TakesTheLatestValueOfThePeriod(string period, int lastMonth)
    {
        var directory = DirectoryOf(Agency("D1"));

        // Submitted out of order, so "latest" cannot mean "last in the list".
        var values = Enumerable.Range(1, 12).Reverse().Select(m => Value("D1", Stock, Month(2025, m), StockAtMonth(m))).ToList();

        var figure = Aggregate(directory, values, period).Province(Stock);

        Assert.Equal(1000 + (lastMonth * 7), figure.Value);
        Assert.True(figure.Complete);
        Assert.Single(figure.Sources);
    }

    [Fact]
    public void Stock_WithTheLastMonthMissing_TakesTheLatestThereIs_AndIsIncomplete()
    {
        var directory = DirectoryOf(Agency("D1"));
        var values = Enumerable.Range(1, 5).Select(m => Value("D1", Stock, Month(2025, m), StockAtMonth(m))).ToList();

        var figure = Aggregate(directory, values, "2025-H1").Province(Stock);

        Assert.Equal(1035m, figure.Value);
        Assert.False(figure.Complete);
    }

    [Fact]
    public void MonthlyAndQuarterlyAgencies_MixInOneHalfYear()
    {
        var directory = DirectoryOf(Agency("D1"), Agency("C1", "commune", ReportingFrequency.Quarterly));
        var values = new List<ReportedValue>();
        for (var m = 1; m <= 6; m++)
        {
            values.Add(Value("D1", Flow, Month(2025, m), m * 10));
            values.Add(Value("D1", Stock, Month(2025, m), 200 + m));
        }

        values.Add(Value("C1", Flow, "2025-Q1", 500));
        values.Add(Value("C1", Flow, "2025-Q2", 700));
        values.Add(Value("C1", Stock, "2025-Q1", 40));
        values.Add(Value("C1", Stock, "2025-Q2", 45));

        var h1 = Aggregate(directory, values, "2025-H1");
        var q1 = Aggregate(directory, values, "2025-Q1");

        Assert.Equal(10 + 20 + 30 + 40 + 50 + 60 + 500 + 700, h1.Province(Flow).Value);
        Assert.Equal(206 + 45, h1.Province(Stock).Value);
        Assert.Equal(2, h1.Province(Flow).Expected);
        Assert.Equal(2, h1.Province(Flow).Reported);
        Assert.True(h1.Province(Flow).Complete);
        Assert.Equal(10 + 20 + 30 + 500, q1.Province(Flow).Value);
        Assert.Equal(203 + 40, q1.Province(Stock).Value);
    }

    [Fact]
    public void MonthlyReport_DoesNotExpectQuarterlyAgencies()
    {
        var directory = DirectoryOf(Agency("D1"), Agency("C1", "commune", ReportingFrequency.Quarterly));
        var values = new[] { Value("D1", Flow, "2025-02", 20), Value("C1", Flow, "2025-Q1", 500) };

        var figure = Aggregate(directory, values, "2025-02").Province(Flow);

        Assert.Equal(20m, figure.Value);
        Assert.Equal(1, figure.Expected);
        Assert.True(figure.Complete);
    }

    [Fact]
    public void Flow_WithAMissingMonth_IsSummedAndFlaggedIncomplete()
    {
        var directory = DirectoryOf(Agency("D1"), Agency("D2"));
        var values = new List<ReportedValue>();
        for (var m = 1; m <= 6; m++)
        {
            values.Add(Value("D2", Flow, Month(2025, m), 1));
            if (m != 4)
            {
                values.Add(Value("D1", Flow, Month(2025, m), m * 10));
            }
        }

        var aggregate = Aggregate(directory, values, "2025-H1");

        Assert.Equal(10 + 20 + 30 + 50 + 60, aggregate.Agency("D1", Flow).Value);
        Assert.False(aggregate.Agency("D1", Flow).Complete);
        Assert.True(aggregate.Agency("D2", Flow).Complete);
        Assert.Equal(10 + 20 + 30 + 50 + 60 + 6, aggregate.Province(Flow).Value);
        Assert.False(aggregate.Province(Flow).Complete);
        Assert.Equal(2, aggregate.Province(Flow).Reported);
    }

    [Fact]
    public void Sum_AddsAgencies_ForTheProvinceAndEachGroup()
    {
        var directory = DirectoryOf(Agency("D1"), Agency("D2"), Agency("C1", "commune"), Agency("C2", "commune"));
        var values = new[]
        {
            Value("D1", Flow, "2025-03", 100),
            Value("D2", Flow, "2025-03", 250),
            Value("C1", Flow, "2025-03", 40),
        };

        var aggregate = Aggregate(directory, values, "2025-03");

        Assert.Equal(100 + 250 + 40, aggregate.Province(Flow).Value);
        Assert.Equal(100 + 250, aggregate.Group("department", Flow).Value);
        Assert.Equal(40m, aggregate.Group("commune", Flow).Value);
        Assert.Equal(250m, aggregate.Agency("D2", Flow).Value);
        Assert.Null(aggregate.Agency("C2", Flow).Value);
        Assert.Equal(3, aggregate.Province(Flow).Reported);
        Assert.Equal(4, aggregate.Province(Flow).Expected);
        Assert.False(aggregate.Province(Flow).Complete);
        Assert.Equal(1, aggregate.Group("commune", Flow).Reported);
        Assert.Equal(2, aggregate.Group("commune", Flow).Expected);
    }

    [Fact]
    public void NothingReported_IsNull_NotZero()
    {
        var directory = DirectoryOf(Agency("D1"));

        var figure = Aggregate(directory, [], "2025-03").Province(Flow);

        Assert.Null(figure.Value);
        Assert.Equal(0, figure.Reported);
        Assert.Equal(1, figure.Expected);
    }

    [Fact]
    public void ShareYes_IsThePercentOfAnsweringAgenciesThatSaidYes()
    {
        var directory = DirectoryOf(
            Agency("C1", "commune"), Agency("C2", "commune"), Agency("C3", "commune"), Agency("C4", "commune"), Agency("C5", "commune"));
        var values = new[]
        {
            Value("C1", Yes, "2025-03", 1),
            Value("C2", Yes, "2025-03", 1),
            Value("C3", Yes, "2025-03", 0),
            Value("C4", Yes, "2025-03", 1),
        };

        var figure = Aggregate(directory, values, "2025-03").Province(Yes);

        Assert.Equal(3m * 100 / 4, figure.Value);
        Assert.Equal(4, figure.Reported);
        Assert.Equal(5, figure.Expected);
    }

    [Fact]
    public void DerivedRate_IsComputedFromAggregatedParts_NotAveraged()
    {
        var directory = DirectoryOf(Agency("D1"), Agency("D2"));
        var values = new[]
        {
            Value("D1", Sent, "2025-03", 100),
            Value("D1", Signed, "2025-03", 100),
            Value("D2", Sent, "2025-03", 900),
            Value("D2", Signed, "2025-03", 0),
        };
        var averageOfAgencyRates = ((100m / 100 * 100) + (0m / 900 * 100)) / 2;
        var rateOfTotals = (100m + 0) / (100 + 900) * 100;

        var aggregate = Aggregate(directory, values, "2025-03");

        Assert.Equal(10m, rateOfTotals);
        Assert.Equal(rateOfTotals, aggregate.Province(SignedRate).Value);
        Assert.NotEqual(averageOfAgencyRates, aggregate.Province(SignedRate).Value);
        Assert.Equal(100m, aggregate.Agency("D1", SignedRate).Value);
        Assert.Equal(0m, aggregate.Agency("D2", SignedRate).Value);
        Assert.Equal(rateOfTotals, aggregate.Group("department", SignedRate).Value);
    }

    [Fact]
    public void DerivedRate_OverAHalfYear_UsesTheSummedFlows()
    {
        var directory = DirectoryOf(Agency("D1"));
        var values = new List<ReportedValue>();
        decimal sent = 0, signed = 0;
        for (var m = 1; m <= 6; m++)
        {
            values.Add(Value("D1", Sent, Month(2025, m), m * 100));
            values.Add(Value("D1", Signed, Month(2025, m), m * m));
            sent += m * 100;
            signed += m * m;
        }

        var figure = Aggregate(directory, values, "2025-H1").Province(SignedRate);

        Assert.Equal(signed / sent * 100, figure.Value);
    }

    [Fact]
    public void Successor_CarriesTheFlowsOfMergedCommunes_AndNamesThem()
    {
        var directory = DirectoryOf(
            Agency("O1", "commune", until: "2025-06-30"),
            Agency("O2", "commune", until: "2025-06-30"),
            Agency("N", "commune", from: "2025-07-01", replaces: ["O1", "O2"]));
        var values = new List<ReportedValue>();
        for (var m = 1; m <= 6; m++)
        {
            values.Add(Value("O1", Flow, Month(2025, m), 10));
            values.Add(Value("O2", Flow, Month(2025, m), 20));
            values.Add(Value("N", Flow, Month(2025, m + 6), 50));
        }

        var year = Aggregate(directory, values, "2025");

        Assert.Equal((6 * 10) + (6 * 20) + (6 * 50), year.Province(Flow).Value);
        Assert.Equal((6 * 10) + (6 * 20) + (6 * 50), year.Agency("N", Flow).Value);
        Assert.True(year.Province(Flow).Complete);
        Assert.Equal(["O1", "O2"], year.CarriedInto("N").Order(StringComparer.Ordinal));
        Assert.True(year.HasCarriedFigures);
    }

    [Fact]
    public void Stock_OverAYearAcrossAMerger_TakesOnlyTheSuccessorsDecemberValue()
    {
        var directory = DirectoryOf(
            Agency("O1", "commune", until: "2025-06-30"),
            Agency("O2", "commune", until: "2025-06-30"),
            Agency("N", "commune", from: "2025-07-01", replaces: ["O1", "O2"]));
        var values = new List<ReportedValue>();
        for (var m = 1; m <= 6; m++)
        {
            values.Add(Value("O1", Stock, Month(2025, m), 300 + m));
            values.Add(Value("O2", Stock, Month(2025, m), 200 + (2 * m)));
            values.Add(Value("N", Stock, Month(2025, m + 6), 450 + m + 6));
        }

        var year = Aggregate(directory, values, "2025");
        var firstHalfNow = Aggregate(directory, values, "2025-H1", new DateOnly(2026, 6, 30));

        Assert.Equal(462m, year.Province(Stock).Value);
        Assert.Equal(462m, year.Agency("N", Stock).Value);
        Assert.NotEqual(306m + 212 + 462, year.Province(Stock).Value);
        Assert.Equal(306m + 212, firstHalfNow.Province(Stock).Value);
        Assert.Equal(306m + 212, firstHalfNow.Agency("N", Stock).Value);
    }

    [Fact]
    public void CarriedInto_OnlyNamesPredecessorsWhoseFiguresAreUsed()
    {
        // Over 2025 only the successor's December stock counts: the old communes' June stock is not carried.
        var directory = DirectoryOf(
            Agency("O1", "commune", until: "2025-06-30", indicators: [Stock]),
            Agency("N", "commune", from: "2025-07-01", replaces: ["O1"], indicators: [Stock]));
        var values = new[] { Value("O1", Stock, "2025-06", 300), Value("N", Stock, "2025-12", 320) };

        var year = Aggregate(directory, values, "2025");

        Assert.Equal(320m, year.Province(Stock).Value);
        Assert.Empty(year.CarriedInto("N"));
    }

    [Fact]
    public void Aggregate_WithTheStructureOfTheTime_KeepsOldAgenciesApart()
    {
        var directory = DirectoryOf(
            Agency("O1", "commune", until: "2025-06-30"),
            Agency("N", "commune", from: "2025-07-01", replaces: ["O1"]));
        var values = new[] { Value("O1", Flow, "2025-03", 10) };

        var atTheTime = Aggregate(directory, values, "2025-03");
        var today = Aggregate(directory, values, "2025-03", new DateOnly(2026, 6, 30));

        Assert.Equal(10m, atTheTime.Agency("O1", Flow).Value);
        Assert.Null(atTheTime.Agency("N", Flow).Value);
        Assert.False(atTheTime.HasCarriedFigures);
        Assert.Equal(10m, today.Agency("N", Flow).Value);
        Assert.Equal(["O1"], today.CarriedInto("N"));
    }

    [Fact]
    public void Derived_ShowsTheCoverageOfItsLeastCoveredPart()
    {
        // Four agencies send documents, one of the two that report signing has not: 1 of 2 is the weakest coverage.
        var directory = DirectoryOf(
            Agency("A", indicators: [Sent]), Agency("B", indicators: [Sent]), Agency("C", indicators: [Sent, Signed]), Agency("D", indicators: [Sent, Signed]));
        var values = new[] { "A", "B", "C", "D" }.Select(a => Value(a, Sent, "2026-01", 100)).Append(Value("C", Signed, "2026-01", 90)).ToList();

        var figure = Aggregate(directory, values, "2026-01").Province(SignedRate);

        Assert.Equal(90m / 400m * 100m, figure.Value);
        Assert.Equal((1, 2), (figure.Reported, figure.Expected));
        Assert.False(figure.Complete);
    }

    [Fact]
    public void Stock_OfAnAgencyClosedWithoutSuccessor_CountsOnlyInPeriodsEndingWhileItExisted()
    {
        // The case: 100 branches of an open agency, 50 of one closed at the end of March 2026 with no successor.
        var directory = DirectoryOf(
            Agency("OPEN", "enterprise", indicators: [Stock, Flow]),
            Agency("SHUT", "enterprise", until: "2026-03-31", indicators: [Stock, Flow]));
        var values = new List<ReportedValue>();
        for (var m = 1; m <= 6; m++)
        {
            values.Add(Value("OPEN", Stock, Month(2026, m), 100));
            values.Add(Value("OPEN", Flow, Month(2026, m), 10));
            if (m <= 3)
            {
                values.Add(Value("SHUT", Stock, Month(2026, m), 50));
                values.Add(Value("SHUT", Flow, Month(2026, m), 1));
            }
        }

        var half = Aggregate(directory, values, "2026-H1");
        var firstQuarter = Aggregate(directory, values, "2026-Q1");

        Assert.Equal(100m, half.Province(Stock).Value);
        Assert.Equal(100m, half.Group("enterprise", Stock).Value);
        Assert.Equal(150m, firstQuarter.Province(Stock).Value);

        // It still owed and sent its months: it is reported, its own figure is what it held when it closed, and its
        // flows of January to March count.
        Assert.Equal((2, 2, true), (half.Province(Stock).Reported, half.Province(Stock).Expected, half.Province(Stock).Complete));
        Assert.Equal(50m, half.Agency("SHUT", Stock).Value);
        Assert.Equal((6 * 10) + (3 * 1), half.Province(Flow).Value);
    }

    [Fact]
    public void DerivedFigure_OfAnAgencyWhosePartsAreEmpty_IsIncomplete()
    {
        // EMPTY owes sent and signed documents and sent its file with both left empty; HALF filled in only one.
        var directory = DirectoryOf(Agency("FULL", indicators: [Sent, Signed]), Agency("EMPTY", indicators: [Sent, Signed, Flow]), Agency("HALF", indicators: [Sent, Signed]));
        var values = new[]
        {
            Value("FULL", Sent, "2026-01", 100), Value("FULL", Signed, "2026-01", 90),
            Value("EMPTY", Flow, "2026-01", 7),
            Value("HALF", Sent, "2026-01", 100),
        };

        var aggregate = Aggregate(directory, values, "2026-01");

        var empty = aggregate.Agency("EMPTY", SignedRate);
        Assert.Null(empty.Value);
        Assert.False(empty.Complete);
        Assert.Equal((0, 1), (empty.Reported, empty.Expected));
        var half = aggregate.Agency("HALF", SignedRate);
        Assert.Null(half.Value);
        Assert.False(half.Complete);
        Assert.Equal((0, 1), (half.Reported, half.Expected));
        var full = aggregate.Agency("FULL", SignedRate);
        Assert.Equal(90m, full.Value);
        Assert.True(full.Complete);
        Assert.False(aggregate.Province(SignedRate).Complete);
    }

    [Fact]
    public void DerivedFigure_OfAnAgencyThatReportsOnlySomeOfItsParts_IsNotItsFigure()
    {
        // An operator reports subscribers but not population: a rate per 100 people is not an operator's figure.
        var directory = DirectoryOf(Agency("OP", "enterprise", indicators: [Sent]));
        var values = new[] { Value("OP", Sent, "2026-01", 100) };

        var figure = Aggregate(directory, values, "2026-01").Agency("OP", SignedRate);

        Assert.Null(figure.Value);
        Assert.Equal((0, 0, true), (figure.Reported, figure.Expected, figure.Complete));
    }
}
