using Reporting.Core.Periods;
using Reporting.Testing;

namespace Reporting.Core.Tests;

/// <summary>Deadlines counted in working days, with Vietnam's holidays as templates/calendar.json gives them.</summary>
public class WorkingDayDeadlineTests
{
    private static readonly PeriodCalendar Repository = PeriodCalendar.Read(File.ReadAllText(Path.Combine(RepoFiles.Templates, "calendar.json")));

    private static PeriodCalendar WithCutoff(int cutoffDay) => Repository with { CutoffDay = cutoffDay };

    private static DateOnly Day(int year, int month, int day) => new(year, month, day);

    [Fact]
    public void Due_PeriodEndingOnAThursday_SkipsTheWeekend()
    {
        // May 2026 with the 15th cut-off ends Thursday 14 May: Friday 15 (1), Monday 18 (2), Tuesday 19 (3).
        Assert.Equal(Day(2026, 5, 14), Repository.End(PeriodId.Parse("2026-05")));
        Assert.Equal(Day(2026, 5, 19), Repository.Due(PeriodId.Parse("2026-05")));
    }

    [Fact]
    public void Due_PeriodEndingBeforeTet_SkipsTheAnnouncedDaysOff()
    {
        // February 2026 ends Saturday 14 February; Tết Bính Ngọ's days off run to Sunday 22: Monday 23 (1), 24 (2), 25 (3).
        Assert.Equal(Day(2026, 2, 14), Repository.End(PeriodId.Parse("2026-02")));
        Assert.Equal(Day(2026, 2, 25), Repository.Due(PeriodId.Parse("2026-02")));

        // Tết Ất Tỵ: January 2025 ends Tuesday 14 January, before it: 15, 16, 17 January, untouched.
        Assert.Equal(Day(2025, 1, 17), Repository.Due(PeriodId.Parse("2025-01")));
    }

    [Fact]
    public void Due_AcrossThirtyAprilAndFirstMay_StartsCountingAfterTheHolidays()
    {
        // Calendar months: April 2026 ends on 30/4 (a holiday), 1/5 too, then the weekend: Monday 4 (1), 5 (2), 6 May (3).
        Assert.Equal(Day(2026, 5, 6), WithCutoff(1).Due(PeriodId.Parse("2026-04")));

        // 2025: 30/4 to 4/5 off, Saturday 26 April worked in exchange; a month cut on the 25th ends Thursday 24 April:
        // Friday 25 (1), Saturday 26 (2, worked), Monday 28 (3).
        Assert.Equal(Day(2025, 4, 28), WithCutoff(25).Due(PeriodId.Parse("2025-04")));
    }

    [Fact]
    public void Due_AcrossNationalDay_SkipsTheSecondOfSeptemberAndTheDayBeside()
    {
        // August 2025 ends Sunday 31; 1/9 and 2/9 off: Wednesday 3 (1), 4 (2), Friday 5 September (3).
        Assert.Equal(Day(2025, 9, 5), WithCutoff(1).Due(PeriodId.Parse("2025-08")));

        // August 2026 ends Monday 31; 1/9 and 2/9 off: Thursday 3 (1), Friday 4 (2), Monday 7 September (3).
        Assert.Equal(Day(2026, 9, 7), WithCutoff(1).Due(PeriodId.Parse("2026-08")));
    }

    [Fact]
    public void Due_HungKingsDayOnASunday_TakesTheMondayOff()
    {
        // A month cut on the 24th ends Thursday 23 April 2026: Friday 24 (1), Tuesday 28 (2; Monday 27 in lieu), Wednesday 29 (3).
        Assert.Equal(Day(2026, 4, 29), WithCutoff(24).Due(PeriodId.Parse("2026-04")));
    }

    [Fact]
    public void Due_APeriodsOwnDeadline_WinsOverTheWorkingDayRule()
    {
        var calendar = Repository with { Deadlines = new Dictionary<string, DateOnly> { ["2026-02"] = Day(2026, 2, 20) } };

        Assert.Equal(Day(2026, 2, 20), calendar.Due(PeriodId.Parse("2026-02")));
        Assert.Equal(Day(2026, 3, 18), calendar.Due(PeriodId.Parse("2026-03")));
    }

    [Fact]
    public void RepositoryCalendar_CountsWorkingDays_ForTheSixMonthReport()
    {
        Assert.Equal(3, Repository.DueWorkingDaysAfterEnd);

        // H1 2026 ends Sunday 14 June: Monday 15 (1), 16 (2), Wednesday 17 June (3).
        Assert.Equal(Day(2026, 6, 17), Repository.Due(PeriodId.Parse("2026-H1")));
        Assert.All([Day(2026, 2, 16), Day(2026, 4, 27), Day(2026, 4, 30), Day(2026, 5, 1), Day(2026, 9, 2), Day(2025, 9, 1), Day(2026, 1, 1)], d => Assert.False(Repository.IsWorkingDay(d), d.ToString("O", System.Globalization.CultureInfo.InvariantCulture)));
        Assert.True(Repository.IsWorkingDay(Day(2025, 4, 26)));
    }

    [Fact]
    public void OlderCalendar_WithCalendarDays_StillReads()
    {
        var calendar = PeriodCalendar.Read("""{ "cutoffDay": 15, "dueDaysAfterEnd": 3 }""");

        Assert.Null(calendar.DueWorkingDaysAfterEnd);
        Assert.Equal(Day(2026, 2, 17), calendar.Due(PeriodId.Parse("2026-02")));
    }

    [Theory]
    [InlineData("""{ "dueDaysAfterEnd": 3, "dueWorkingDaysAfterEnd": 3 }""", "dueWorkingDaysAfterEnd", "dueDaysAfterEnd")]
    [InlineData("""{ "dueWorkingDaysAfterEnd": -1 }""", "dueWorkingDaysAfterEnd", "-1")]
    [InlineData("""{ "dueWorkingDaysAfterEnd": "three" }""", "dueWorkingDaysAfterEnd", "line 1")]
    [InlineData("""{ "holidays": [ { "date": "2026-01-01" }, { "date": "2026-02-30" } ] }""", "holidays[1].date", "2026-02-16")]
    [InlineData("""{ "holidays": [ { "date": "2026-02-20", "to": "2026-02-16" } ] }""", "holidays[0].to", "2026-02-16")]
    [InlineData("""{ "holidays": [ { "name": "Tết" } ] }""", "holidays[0].date", "missing")]
    [InlineData("""{ "makeUpWorkdays": [ "26/4/2025" ] }""", "makeUpWorkdays[0]", "2026-02-16")]
    [InlineData("""{ "weekend": [ "Caturday" ] }""", "weekend[0]", "Saturday")]
    public void BadCalendar_IsRefused_NamingTheField(string json, string field, string alsoSaid)
    {
        var error = Assert.Throws<FormatException>(() => PeriodCalendar.Read(json));

        Assert.Contains(field, error.Message, StringComparison.Ordinal);
        Assert.Contains(alsoSaid, error.Message, StringComparison.Ordinal);
    }
}
