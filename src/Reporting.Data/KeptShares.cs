using Reporting.Core.Aggregation;

namespace Reporting.Data;

/// <summary>Buckets of carriers' shares read beside a kept row, changed carrier by carrier and written back whole.</summary>
public sealed class KeptShares
{
    private readonly Dictionary<int, Dictionary<string, CarrierShares>> buckets;

    internal KeptShares(Dictionary<int, List<CarrierShares>> read) =>
        buckets = read.ToDictionary(b => b.Key, b => b.Value.ToDictionary(c => c.Carrier, StringComparer.Ordinal));

    /// <summary>The buckets read, each carrier's shares in it.</summary>
    internal IEnumerable<(int Bucket, IReadOnlyDictionary<string, CarrierShares> Carriers)> Buckets =>
        buckets.Select(b => (b.Key, (IReadOnlyDictionary<string, CarrierShares>)b.Value));

    /// <summary>Every carrier's shares in the buckets read.</summary>
    public IEnumerable<CarrierShares> Carriers => buckets.Values.SelectMany(b => b.Values);

    /// <summary>The shares kept of <paramref name="carrier"/>, a carrier of a bucket read; null when it had none.</summary>
    public CarrierShares? Of(string carrier) => BucketOf(carrier).GetValueOrDefault(carrier);

    /// <summary>These buckets with <paramref name="carrier"/>'s shares replaced by <paramref name="shares"/> (none: removed).</summary>
    public void Replace(string carrier, CarrierShares shares)
    {
        ArgumentNullException.ThrowIfNull(shares);
        var bucket = BucketOf(carrier);
        if (shares.Shares.Count == 0)
        {
            bucket.Remove(carrier);
        }
        else
        {
            bucket[carrier] = shares;
        }
    }

    private Dictionary<string, CarrierShares> BucketOf(string carrier) =>
        buckets.TryGetValue(ShareBuckets.Of(carrier), out var bucket)
            ? bucket
            : throw new ArgumentException($"The bucket of {carrier} was not read", nameof(carrier));
}
