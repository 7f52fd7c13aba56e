using Reporting.Core.Periods;
using Reporting.Core.Submissions;
using Reporting.Testing;

namespace Reporting.Data.Tests;

public sealed class StoredFigureTests
{
    [Theory]
    [InlineData("1.2345679", 1_234_568L)] // truncation gives 1.234567
    [InlineData("-1.2345679", -1_234_568L)]
    [InlineData("0.0000005", 1L)] // a half rounds away from zero
    [InlineData("-0.0000005", -1L)]
    [InlineData("0.00000049", 0L)]
    [InlineData("2.5", 2_500_000L)]
    [InlineData("123456789.123456", 123_456_789_123_456L)]
    public void ToMillionths_RoundsToTheNearestMillionth_HalvesAwayFromZero(string figure, long expected)
    {
        Assert.Equal(expected, StoredFigure.ToMillionths(decimal.Parse(figure, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void FromMillionths_GivesTheExactDecimal()
    {
        Assert.Equal(1.234568m, StoredFigure.FromMillionths(1_234_568L));
        Assert.Equal(42m, StoredFigure.FromMillionths(42_000_000L));
        Assert.Equal(-0.000001m, StoredFigure.FromMillionths(-1L));
        Assert.Null(StoredFigure.FromMillionths((long?)null));
    }

    [Fact]
    public void ToMillionths_RefusesAFigureTooLargeToStore_NamingIt()
    {
        var refused = Assert.Throws<OverflowException>(() => StoredFigure.ToMillionths(10_000_000_000_000m));

        Assert.Contains("10000000000000 cannot be stored", refused.Message, StringComparison.Ordinal);
        Assert.Equal(long.MaxValue, StoredFigure.ToMillionths(9_223_372_036_854.775807m));
    }

    [ProviderTheory]
    public async Task StoredValues_AndRollups_AreRounded_NotTruncated(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = ReportingDbContext.Open(new Reporting.Data.Opening.DatabaseSettings(database.Location));
        await Reporting.Data.Opening.DatabaseSchema.UpgradeAsync(db);
        var store = new SubmissionStore(db);
        var at = new DateTimeOffset(2026, 2, 10, 9, 0, 0, TimeSpan.Zero);
        foreach (var (month, value) in new[] { (1, 1.2345679m), (2, 2.0000004m) })
        {
            await store.SaveAsync(
                new ParsedSubmission($"X001_2026-0{month}.xlsx", "Data", "X001", "B2", PeriodId.Parse($"2026-0{month}"), "B3", [new ParsedValue("EDOC.SENT", value, "C5")], [], $"sha{month}"),
                at);
        }

        var quarterId = PeriodId.Parse("2026-Q1");
        var stored = await store.CurrentValuesAsync(quarterId.FirstMonth, quarterId.LastMonth);
        Assert.Equal([1.234568m, 2.000000m], stored.OrderBy(v => v.Period.FirstMonth.Index).Select(v => v.Value));
        var quarter = await store.Rollups.ReadAsync(quarterId);
        Assert.Equal(3.234568m, quarter.ByIndicator.Single().ByAgency["X001"].Sum);
        Assert.Equal([1_234_568L, 2_000_000L], database.Rows("SELECT value_micros FROM submission_values ORDER BY id", r => Convert.ToInt64(r.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)));
    }
}
