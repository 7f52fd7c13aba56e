using Reporting.Core.Periods;

namespace Reporting.Core.Tests;

public class PeriodIdTests
{
    [Theory]
    [InlineData("2024-06", PeriodKind.Month, 2024, 6)]
    [InlineData("2024-01", PeriodKind.Month, 2024, 1)]
    [InlineData("2024-12", PeriodKind.Month, 2024, 12)]
    [InlineData("2024-Q1", PeriodKind.Quarter, 2024, 1)]
    [InlineData("2024-Q4", PeriodKind.Quarter, 2024, 4)]
    [InlineData("2024-H1", PeriodKind.HalfYear, 2024, 1)]
    [InlineData("2024-H2", PeriodKind.HalfYear, 2024, 2)]
    [InlineData("2024-9M", PeriodKind.NineMonths, 2024, 1)]
    [InlineData("2024", PeriodKind.Year, 2024, 1)]
    public void Parse_ReadsEveryKind_AndWritesItBackUnchanged(string text, PeriodKind kind, int year, int index)
    {
        var period = PeriodId.Parse(text);

        Assert.Equal(new PeriodId(kind, year, index), period);
        Assert.Equal(text, period.ToString());
    }

    [Theory]
    [InlineData("2024-13")]
    [InlineData("2024-00")]
    [InlineData("2024-Q5")]
    [InlineData("2024-Q0")]
    [InlineData("2024-H3")]
    [InlineData("24-06")]
    [InlineData("2024-6")]
    [InlineData(" 2024-06")]
    [InlineData("2024-06 ")]
    [InlineData("2024-9m")]
    [InlineData("2024-q1")]
    [InlineData("2024-M06")]
    [InlineData("2024/06")]
    [InlineData("06/2024")]
    [InlineData("2024-06\n")]
    [InlineData("２０２４-06")]
    [InlineData("")]
    public void TryParse_RejectsAnythingButTheExactForms_AndSaysWhatIsExpected(string text)
    {
        var ok = PeriodId.TryParse(text, out _, out var error);

        Assert.False(ok);
        Assert.Equal($"'{text}' is not a period: {PeriodId.FormatHelp}", error);
        Assert.Contains("YYYY-MM (month)", error, StringComparison.Ordinal);
        var thrown = Assert.Throws<FormatException>(() => PeriodId.Parse(text));
        Assert.Equal(error, thrown.Message);
    }

    [Fact]
    public void TryParse_RejectsNull()
    {
        Assert.False(PeriodId.TryParse(null, out _, out var error));
        Assert.Contains("is not a period", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1999-06", 1999)]
    [InlineData("2101", 2101)]
    public void TryParse_RejectsYearsOutsideTheRange(string text, int year)
    {
        Assert.False(PeriodId.TryParse(text, out _, out var error));
        Assert.Equal($"'{text}': year {year} is outside 2000-2100", error);
    }

    [Theory]
    [InlineData("2024-06", new[] { 6 })]
    [InlineData("2024-Q2", new[] { 4, 5, 6 })]
    [InlineData("2024-Q4", new[] { 10, 11, 12 })]
    [InlineData("2024-H1", new[] { 1, 2, 3, 4, 5, 6 })]
    [InlineData("2024-H2", new[] { 7, 8, 9, 10, 11, 12 })]
    [InlineData("2024-9M", new[] { 1, 2, 3, 4, 5, 6, 7, 8, 9 })]
    [InlineData("2024", new[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 })]
    public void Months_ListsTheCalendarMonthsOfThePeriod(string text, int[] months)
    {
        var period = PeriodId.Parse(text);

        Assert.Equal(months.Select(m => new YearMonth(2024, m)), period.Months);
        Assert.Equal(months.Length, period.MonthCount);
        Assert.Equal(new YearMonth(2024, months[0]), period.FirstMonth);
        Assert.Equal(new YearMonth(2024, months[^1]), period.LastMonth);
    }

    [Theory]
    [InlineData("2026-03", "2025-03")]
    [InlineData("2026-Q2", "2025-Q2")]
    [InlineData("2026-H1", "2025-H1")]
    [InlineData("2026-9M", "2025-9M")]
    [InlineData("2026", "2025")]
    public void SamePeriodLastYear_IsTheSameKindAndIndexAYearEarlier(string text, string expected)
    {
        Assert.Equal(PeriodId.Parse(expected), PeriodId.Parse(text).SamePeriodLastYear);
    }

    [Theory]
    [InlineData("2024-01", "2023-12")]
    [InlineData("2024-07", "2024-06")]
    [InlineData("2024-Q1", "2023-Q4")]
    [InlineData("2024-Q3", "2024-Q2")]
    [InlineData("2024-H1", "2023-H2")]
    [InlineData("2024-H2", "2024-H1")]
    [InlineData("2024-9M", "2023-9M")]
    [InlineData("2024", "2023")]
    public void Previous_IsThePeriodOfTheSameKindJustBefore(string text, string expected)
    {
        Assert.Equal(PeriodId.Parse(expected), PeriodId.Parse(text).Previous);
    }

    [Theory]
    [InlineData("2024-H1", "2024-Q2", true)]
    [InlineData("2024-H1", "2024-06", true)]
    [InlineData("2024-H1", "2024-Q3", false)]
    [InlineData("2024-H1", "2024-07", false)]
    [InlineData("2024-H1", "2023-06", false)]
    [InlineData("2024", "2024-H2", true)]
    [InlineData("2024", "2024-9M", true)]
    [InlineData("2024-9M", "2024-Q3", true)]
    [InlineData("2024-9M", "2024-Q4", false)]
    [InlineData("2024-9M", "2024-H2", false)]
    [InlineData("2024-Q2", "2024-H1", false)]
    [InlineData("2024-06", "2024-06", true)]
    public void Contains_IsTrueOnlyWhenEveryMonthOfTheOtherLiesInside(string outer, string inner, bool expected)
    {
        Assert.Equal(expected, PeriodId.Parse(outer).Contains(PeriodId.Parse(inner)));
    }

    [Fact]
    public void Contains_AMonth_ChecksTheBoundaries()
    {
        var q2 = PeriodId.Parse("2024-Q2");

        Assert.False(q2.Contains(new YearMonth(2024, 3)));
        Assert.True(q2.Contains(new YearMonth(2024, 4)));
        Assert.True(q2.Contains(new YearMonth(2024, 6)));
        Assert.False(q2.Contains(new YearMonth(2024, 7)));
    }

    [Fact]
    public void Trend_OfSixHalfYears_EndingWithH1Of2026_StartsWithH2Of2023()
    {
        var trend = PeriodId.Parse("2026-H1").Trend(6);

        Assert.Equal(["2023-H2", "2024-H1", "2024-H2", "2025-H1", "2025-H2", "2026-H1"], trend.Select(p => p.ToString()));
    }

    [Fact]
    public void Trend_OfTwelveMonths_CrossesTheYear()
    {
        var trend = PeriodId.Parse("2026-03").Trend(12);

        Assert.Equal(
            ["2025-04", "2025-05", "2025-06", "2025-07", "2025-08", "2025-09", "2025-10", "2025-11", "2025-12", "2026-01", "2026-02", "2026-03"],
            trend.Select(p => p.ToString()));
    }

    [Fact]
    public void Trend_OfOne_IsThePeriodItself()
    {
        Assert.Equal([PeriodId.Parse("2026-Q2")], PeriodId.Parse("2026-Q2").Trend(1));
    }

    [Fact]
    public void CompareTo_OrdersByLastMonth_ThenLongerFirst()
    {
        var periods = new[] { "2024", "2024-06", "2024-Q2", "2024-01", "2024-H1", "2023-12" }.Select(PeriodId.Parse).ToList();

        periods.Sort();

        Assert.Equal(["2023-12", "2024-01", "2024-H1", "2024-Q2", "2024-06", "2024"], periods.Select(p => p.ToString()));
    }
}
