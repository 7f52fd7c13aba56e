using Reporting.Core.Catalog;
using Reporting.Core.Periods;
using Reporting.Core.Reports;
using Reporting.Testing;

namespace Reporting.Core.Tests;

public class ProvinceClockTests
{
    // 20:30 UTC on 10 July 2026: 11 July 03:30 in Vietnam, 10 July 13:30 on a server in Los Angeles.
    private static readonly FixedTime Evening = new(new DateTimeOffset(2026, 7, 10, 20, 30, 0, TimeSpan.Zero));

    [Fact]
    public void Today_IsTheProvincesDate_NotTheServers()
    {
        var clock = new ProvinceClock(Evening, PeriodCalendar.Read("""{ "timeZone": "Asia/Ho_Chi_Minh" }"""));

        Assert.Equal(new DateOnly(2026, 7, 11), clock.Today);
        Assert.Equal(new DateTimeOffset(2026, 7, 11, 3, 30, 0, TimeSpan.FromHours(7)), clock.Now);
        Assert.Equal(TimeSpan.FromHours(7), clock.Now.Offset);
    }

    [Theory]
    [InlineData("""{ "timeZone": "Asia/Ho_Chi_Minh" }""", 7)]
    [InlineData("""{ "timeZone": "Asia/Tokyo" }""", 9)]
    [InlineData("""{ "utcOffsetHours": 8 }""", 8)]
    [InlineData("""{ "cutoffDay": 15 }""", 7)]
    public void TheZone_ComesFromTheCalendar_WithTheOlderOffsetStillRead(string json, int hours)
    {
        var clock = new ProvinceClock(Evening, PeriodCalendar.Read(json));

        Assert.Equal(TimeSpan.FromHours(hours), clock.Now.Offset);
        Assert.Equal(new DateTimeOffset(2026, 7, 10, 20, 30, 0, TimeSpan.Zero), clock.Now);
    }

    [Theory]
    [InlineData("""{ "timeZone": "Asia/Atlantis" }""", "timeZone 'Asia/Atlantis' is not a time zone")]
    [InlineData("""{ "timeZone": "Asia/Ho_Chi_Minh", "utcOffsetHours": 7 }""", "either timeZone")]
    [InlineData("""{ "utcOffsetHours": 25 }""", "utcOffsetHours must be -12 to 14")]
    public void ACalendarWithAnUnknownOrDoubleZone_IsRefusedWithTheReason(string json, string reason)
    {
        var error = Assert.Throws<FormatException>(() => PeriodCalendar.Read(json));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DayOf_IsTheDayAFileArrivedInTheProvince()
    {
        var clock = new ProvinceClock(Evening, PeriodCalendar.CalendarMonths);

        Assert.Equal(new DateOnly(2026, 7, 5), clock.DayOf(new DateTimeOffset(2026, 7, 5, 16, 59, 0, TimeSpan.Zero)));
        Assert.Equal(new DateOnly(2026, 7, 6), clock.DayOf(new DateTimeOffset(2026, 7, 5, 17, 0, 0, TimeSpan.Zero)));
    }

    [Theory]
    [InlineData(Language.Vietnamese, "11/07/2026 03:30")]
    [InlineData(Language.English, "2026-07-11 03:30")]
    public void Time_ShowsAnInstantOnTheProvincesClock(Language language, string shown)
    {
        var clock = new ProvinceClock(Evening, PeriodCalendar.CalendarMonths);

        Assert.Equal(shown, ReportFormat.Time(new DateTimeOffset(2026, 7, 10, 20, 30, 0, TimeSpan.Zero), clock, language));
    }

    [Fact]
    public void RepositoryCalendar_NamesVietnamsZone()
    {
        var calendar = PeriodCalendar.Read(File.ReadAllText(Path.Combine(RepoFiles.Templates, "calendar.json")));

        Assert.Equal("Asia/Ho_Chi_Minh", calendar.TimeZone);
        Assert.Equal(TimeSpan.FromHours(7), calendar.Zone.GetUtcOffset(new DateTime(2026, 1, 15, 0, 0, 0, DateTimeKind.Utc)));
    }
}
