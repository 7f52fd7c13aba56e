using Reporting.Core.Issue;
using Reporting.Core.Periods;

namespace Reporting.Core.Tests;

/// <summary>Which files a period's lock holds (its own and those of the periods within it), and what the refusal says.</summary>
public sealed class PeriodLockTests
{
    private static readonly TimeZoneInfo Province = TimeZoneInfo.CreateCustomTimeZone("UTC+7", TimeSpan.FromHours(7), "UTC+7", "UTC+7");

    [Theory]
    [InlineData("2026-H1", "2026-H1", true)]
    [InlineData("2026-H1", "2026-01", true)]
    [InlineData("2026-H1", "2026-06", true)]
    [InlineData("2026-H1", "2026-Q2", true)]
    [InlineData("2026-H1", "2026-07", false)]
    [InlineData("2026-H1", "2026-Q3", false)]
    [InlineData("2026-H1", "2026", false)]
    [InlineData("2026-H1", "2025-03", false)]
    [InlineData("2026", "2026-12", true)]
    [InlineData("2026", "2026-9M", true)]
    [InlineData("2026-03", "2026-Q1", false)]
    [InlineData("2026-Q1", "2026-03", true)]
    public void Holds_ItsOwnPeriod_AndThoseWithinIt_NothingElse(string locked, string file, bool held) =>
        Assert.Equal(held, Lock(locked).Holds(PeriodId.Parse(file)));

    [Fact]
    public void Refusal_OfAPeriodWithinTheLock_NamesBoth_AndTheLockToReopen()
    {
        var text = Lock("2026-H1").Refusal(Province, PeriodId.Parse("2026-03"));

        Assert.Equal(
            "the period 2026-03 lies within 2026-H1, which is locked: its report was issued by analyst1 on 2026-07-10 15:30; nothing was stored. "
            + "An analyst can reopen 2026-H1 (reporting reopen --period 2026-H1 --reason TEXT, or the period's page in the portal)",
            text.English);
        Assert.Equal(
            "kỳ 2026-03 thuộc kỳ 2026-H1 đã khóa: báo cáo của kỳ 2026-H1 đã được analyst1 ban hành lúc 15:30 10/07/2026; chưa lưu gì. "
            + "Chuyên viên phân tích có thể mở lại kỳ 2026-H1 (reporting reopen --period 2026-H1 --reason LÝ_DO, hoặc trang của kỳ trên cổng)",
            text.Vietnamese);
    }

    [Fact]
    public void Refusal_OfTheLockedPeriodItself_SaysItIsLocked() =>
        Assert.StartsWith(
            "kỳ 2026-H1 đã khóa: báo cáo của kỳ đã được analyst1 ban hành lúc 15:30 10/07/2026; chưa lưu gì. Chuyên viên phân tích có thể mở lại kỳ (reporting",
            Lock("2026-H1").Refusal(Province, PeriodId.Parse("2026-H1")).Vietnamese,
            StringComparison.Ordinal);

    private static PeriodLock Lock(string period) => new(period, 1, new DateTimeOffset(2026, 7, 10, 8, 30, 0, TimeSpan.Zero), "analyst1");
}
