using Reporting.Core.Agencies;
using Reporting.Core.Periods;
using Reporting.Core.Submissions;
using static Reporting.Core.Tests.TestData;

namespace Reporting.Core.Tests;

public class AgencyDirectoryTests
{
    // A was renamed to B on 2025-03-01; B merged with X into C on 2025-07-01.
    private static readonly AgencyDirectory Generations = DirectoryOf(
        Agency("A", until: "2025-02-28"),
        Agency("B", from: "2025-03-01", until: "2025-06-30", replaces: ["A"]),
        Agency("X", until: "2025-06-30"),
        Agency("C", from: "2025-07-01", replaces: ["B", "X"]),
        Agency("Z", until: "2025-06-30"));

    [Theory]
    [InlineData("A", "2025-01-31", "A")]
    [InlineData("A", "2025-02-28", "A")]
    [InlineData("A", "2025-03-31", "B")]
    [InlineData("A", "2025-06-30", "B")]
    [InlineData("A", "2025-07-31", "C")]
    [InlineData("A", "2026-06-30", "C")]
    [InlineData("B", "2025-12-31", "C")]
    [InlineData("X", "2025-12-31", "C")]
    [InlineData("C", "2026-06-30", "C")]
    [InlineData("Z", "2026-06-30", "Z")]
    public void CarriedBy_FollowsSuccessorsAcrossGenerations(string code, string structureDate, string expected)
    {
        var date = DateOnly.Parse(structureDate, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(expected, Generations.CarriedBy(code, date).Code);
    }

    [Theory]
    [InlineData("C", "C")]
    [InlineData(" c ", "C")]
    [InlineData("z", "Z")]
    [InlineData("Q", null)]
    public void FindAsTyped_MatchesACodeInAnotherLetterCaseOrWithSpaces(string typed, string? expected)
    {
        Assert.Equal(expected, Generations.FindAsTyped(typed)?.Code);
    }

    [Fact]
    public void FindAsTyped_OfACodeTwoAgenciesShareButForLetterCase_IsTheExactOneOrNone()
    {
        var two = DirectoryOf(Agency("ab"), Agency("AB"));

        Assert.Equal("ab", two.FindAsTyped("ab")?.Code);
        Assert.Equal("AB", two.FindAsTyped("AB")?.Code);
        Assert.Null(two.FindAsTyped("Ab"));
    }

    [Fact]
    public void PredecessorsOf_ListsAllGenerations()
    {
        var predecessors = Generations.PredecessorsOf(Generations["C"]).Select(a => a.Code).Order(StringComparer.Ordinal);

        Assert.Equal(["A", "B", "X"], predecessors);
    }

    [Fact]
    public void ActiveDuring_IncludesAgenciesThatExistedOnAnyDayOfThePeriod()
    {
        var codes = Generations.ActiveDuring(P("2025-Q1")).Select(a => a.Code);

        Assert.Equal(["A", "B", "X", "Z"], codes);
    }

    [Fact]
    public void Aggregate_CarriesTwoGenerationsIntoTheLatestSuccessor()
    {
        var values = new[]
        {
            Value("A", Flow, "2025-01", 1), Value("A", Flow, "2025-02", 2),
            Value("B", Flow, "2025-03", 30), Value("B", Flow, "2025-04", 40), Value("B", Flow, "2025-05", 50), Value("B", Flow, "2025-06", 60),
            Value("X", Flow, "2025-06", 700),
        };

        var aggregate = new Aggregation.Aggregator(TestCatalog, Generations).Aggregate(values, P("2025-H1"), new DateOnly(2026, 6, 30));

        Assert.Equal(1 + 2 + 30 + 40 + 50 + 60 + 700, aggregate.Agency("C", Flow).Value);
        Assert.Equal(["A", "B", "X"], aggregate.CarriedInto("C").Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(ReportingFrequency.Monthly, 5, "2025-05")]
    [InlineData(ReportingFrequency.Quarterly, 5, "2025-Q2")]
    [InlineData(ReportingFrequency.HalfYearly, 5, "2025-H1")]
    [InlineData(ReportingFrequency.HalfYearly, 7, "2025-H2")]
    public void SubmissionPeriodFor_FollowsTheFrequency(ReportingFrequency frequency, int month, string expected)
    {
        Assert.Equal(P(expected), Agency("Q", frequency: frequency).SubmissionPeriodFor(new YearMonth(2025, month)));
    }

    [Fact]
    public void SubmissionSchedule_OwedPeriods_FollowFrequencyAndLifetime()
    {
        Assert.Equal([P("2025-Q1"), P("2025-Q2")], SubmissionSchedule.Owed(Agency("Q", frequency: ReportingFrequency.Quarterly), P("2025-H1")));
        Assert.Equal([P("2025-01"), P("2025-02")], SubmissionSchedule.Owed(Generations["A"], P("2025-H1")));
    }
}
