using Reporting.Core.Submissions;

namespace Reporting.Core.Tests;

/// <summary>A received time as a person writes it for an import of past files, on the province's clock.</summary>
public class ReceivedTimeTests
{
    private static readonly TimeZoneInfo Vietnam = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

    [Theory]
    [InlineData("05/07/2026", 2026, 7, 5, 0, 0)]
    [InlineData("5/7/2026", 2026, 7, 5, 0, 0)]
    [InlineData("2026-07-05", 2026, 7, 5, 0, 0)]
    [InlineData("05/07/2026 14:30", 2026, 7, 5, 14, 30)]
    [InlineData(" 2026-07-05 8:05 ", 2026, 7, 5, 8, 5)]
    [InlineData("2026-07-05T14:30:00", 2026, 7, 5, 14, 30)]
    public void TryParse_VietnameseAndIsoDates_ReadOnTheProvincesClock(string text, int year, int month, int day, int hour, int minute)
    {
        Assert.True(ReceivedTime.TryParse(text, Vietnam, out var instant));

        Assert.Equal(new DateTimeOffset(year, month, day, hour, minute, 0, TimeSpan.FromHours(7)), instant);
    }

    [Fact]
    public void TryParse_AnInstantWithItsOffset_KeepsThatInstant()
    {
        Assert.True(ReceivedTime.TryParse("2026-07-05T01:00:00Z", Vietnam, out var utc));
        Assert.True(ReceivedTime.TryParse("2026-07-05T14:30+09:00", Vietnam, out var tokyo));

        Assert.Equal(new DateTimeOffset(2026, 7, 5, 8, 0, 0, TimeSpan.FromHours(7)), utc);
        Assert.Equal(new DateTimeOffset(2026, 7, 5, 5, 30, 0, TimeSpan.Zero), tokyo.ToUniversalTime());
    }

    [Theory]
    [InlineData("")]
    [InlineData("31/02/2026")]
    [InlineData("07/05/26")]
    [InlineData("5 July 2026")]
    [InlineData("2026-07-05 25:00")]
    public void TryParse_TextThatIsNoDay_IsRefused(string text)
    {
        Assert.False(ReceivedTime.TryParse(text, Vietnam, out _));
    }
}
