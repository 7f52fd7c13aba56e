using Reporting.Core.Catalog;
using Reporting.Core.Reports;

namespace Reporting.Core.Tests;

public sealed class ReportFormatTests
{
    [Theory]
    [InlineData(2027, 2, 5, "ngày 05 tháng 02 năm 2027")]
    [InlineData(2026, 12, 15, "ngày 15 tháng 12 năm 2026")]
    [InlineData(2026, 6, 5, "ngày 05 tháng 6 năm 2026")]
    [InlineData(2026, 1, 31, "ngày 31 tháng 01 năm 2026")]
    [InlineData(2026, 3, 9, "ngày 09 tháng 3 năm 2026")]
    [InlineData(2026, 11, 10, "ngày 10 tháng 11 năm 2026")]
    public void DocumentDate_GivesADayBelow10AndJanuaryAndFebruaryALeadingZero(int year, int month, int day, string expected)
    {
        Assert.Equal(expected, ReportFormat.DocumentDate(new DateOnly(year, month, day), Language.Vietnamese));
    }

    [Fact]
    public void DocumentDate_InEnglish_HasNoLeadingZero()
    {
        Assert.Equal("5 February 2027", ReportFormat.DocumentDate(new DateOnly(2027, 2, 5), Language.English));
    }
}
