using Reporting.Core.Aggregation;

namespace Reporting.Data.Tests;

/// <summary>
/// A bucket of carriers' shares reads back exactly as written, each sum to its decimal scale and sign (the province
/// figure's scale is worked out from them); a bucket cut short or of another format reads as nothing, never as shares.
/// </summary>
public sealed class ShareBucketsTests
{
    [Fact]
    public void ABucket_ReadsBackExactly_ToTheScaleAndSign()
    {
        var random = new Random(7);
        decimal[] sums = [0m, 0.000m, -0.5m, 1.50m, 123456789.123456m, -9223372036854.775807m, 79228162514264337593543950335m, -7.9228162514264337593543950335m, 2.000001m];
        var carriers = Enumerable.Range(0, 40).Select(c => new CarrierShares(
            $"X{c:D3}",
            Enumerable.Range(0, random.Next(0, 6)).Select(i => new IndicatorShare(
                $"IND.{i}",
                sums[random.Next(sums.Length)],
                random.Next(0, 3),
                random.Next(0, 300),
                random.Next(0, 2),
                random.Next(0, 1_000_000),
                random.Next(0, 300),
                random.Next(0, 300),
                random.Next(2) == 0,
                c % 7 == 0 ? [$"X{c + 1:D3}", "OLD"] : [])).ToList())).ToList();

        var read = ShareBuckets.Read(ShareBuckets.Write(carriers));

        Assert.NotNull(read);
        Assert.Equal(carriers.Select(Describe), read.Select(Describe));
    }

    [Fact]
    public void ABucketCutShort_OrOfAnotherFormat_ReadsAsNothing()
    {
        var bucket = ShareBuckets.Write([new CarrierShares("A", [new IndicatorShare("EDOC.SENT", 12.5m, 0, 1, 0, 3, 1, 1, true, ["B"])])]);
        for (var length = 0; length < bucket.Length; length++)
        {
            Assert.Null(ShareBuckets.Read(bucket[..length]));
        }

        Assert.Null(ShareBuckets.Read([.. bucket, 0]));
        Assert.Null(ShareBuckets.Read([2, .. bucket[1..]]));
    }

    [Fact]
    public void ACarriersBucket_IsTheSameInEveryProcess_AndSpreadsCarriers()
    {
        // FNV-1a, not string.GetHashCode, which differs between processes: a later command must find the bucket.
        Assert.Equal(ShareBuckets.Of("X001"), ShareBuckets.Of(new string("X001".ToCharArray())));

        // FNV-1a (32 bits) of the UTF-16 code units, mod 64, worked out apart: a changed hash would make a later
        // release read the wrong bucket of shares kept by this one.
        Assert.Equal(20, ShareBuckets.Of("UBND.XA.001"));
        var used = Enumerable.Range(0, 5_000).Select(i => ShareBuckets.Of($"UBND.XA.{i:D4}")).GroupBy(b => b).ToList();
        Assert.Equal(ShareBuckets.Count, used.Count);
        Assert.InRange(used.Max(g => g.Count()), 5_000 / ShareBuckets.Count, 2 * 5_000 / ShareBuckets.Count);
    }

    private static string Describe(CarrierShares carrier) =>
        carrier.Carrier + ": " + string.Join("; ", carrier.Shares.Select(s =>
            $"{s.IndicatorCode} {s.Sum} scale={s.Sum.Scale} negative={decimal.IsNegative(s.Sum)} {s.Yes} {s.Count} {s.Estimated} {s.SourceCount} {s.Reported} {s.Expected} {s.Complete} [{string.Join(",", s.Predecessors)}]"));
}
