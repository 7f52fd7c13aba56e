namespace Reporting.Data.Entities;

/// <summary>
/// The carriers' shares (<see cref="Core.Aggregation.CarrierShares"/>) behind a row of <see cref="StoredAggregateEntity"/>,
/// those of carriers whose code hashes to one bucket, in a compact binary form: after a file, `reporting summary` reads
/// and rewrites the bucket of the file's agency, not every carrier's. Derived, never a source, as the row is.
/// </summary>
public sealed class StoredShareBucketEntity
{
    /// <summary>The period (<see cref="Core.Periods.PeriodId"/> as text, e.g. 2026-H1).</summary>
    public required string Period { get; set; }

    /// <summary>The structure date of the row these shares are behind.</summary>
    public DateOnly StructureDate { get; set; }

    /// <summary>Which of <see cref="ShareBuckets.Count"/> buckets.</summary>
    public int Bucket { get; set; }

    /// <summary>The bucket's carriers and their shares (see <see cref="ShareBuckets"/>).</summary>
    public required byte[] Shares { get; set; }
}
