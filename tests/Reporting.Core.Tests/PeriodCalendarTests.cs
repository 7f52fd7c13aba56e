using Reporting.Core.Periods;

namespace Reporting.Core.Tests;

public class PeriodCalendarTests
{
    private static readonly PeriodCalendar Cutoff15 = new(CutoffDay: 15, DueDaysAfterEnd: 2);

    [Theory]
    [InlineData("2024-06", "2024-05-15", "2024-06-14")]
    [InlineData("2024-01", "2023-12-15", "2024-01-14")]
    [InlineData("2024-03", "2024-02-15", "2024-03-14")]
    [InlineData("2024-H1", "2023-12-15", "2024-06-14")]
    [InlineData("2024-Q3", "2024-06-15", "2024-09-14")]
    [InlineData("2024-9M", "2023-12-15", "2024-09-14")]
    [InlineData("2024", "2023-12-15", "2024-12-14")]
    public void CutoffOn15_RunsFromThe15thBeforeToThe14th(string period, string start, string end)
    {
        var id = PeriodId.Parse(period);

        Assert.Equal(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), Cutoff15.Start(id));
        Assert.Equal(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), Cutoff15.End(id));
    }

    [Fact]
    public void Due_IsTheConfiguredDaysAfterTheEnd()
    {
        Assert.Equal(new DateOnly(2024, 6, 16), Cutoff15.Due(PeriodId.Parse("2024-06")));
        Assert.Equal(new DateOnly(2024, 7, 5), PeriodCalendar.CalendarMonths.Due(PeriodId.Parse("2024-06")));
    }

    [Theory]
    [InlineData("2024-02", "2024-02-01", "2024-02-29")]
    [InlineData("2025-02", "2025-02-01", "2025-02-28")]
    [InlineData("2024-H2", "2024-07-01", "2024-12-31")]
    public void CalendarMonths_RunFromTheFirstToTheLastDay(string period, string start, string end)
    {
        var id = PeriodId.Parse(period);

        Assert.Equal(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), PeriodCalendar.CalendarMonths.Start(id));
        Assert.Equal(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), PeriodCalendar.CalendarMonths.End(id));
    }
}
