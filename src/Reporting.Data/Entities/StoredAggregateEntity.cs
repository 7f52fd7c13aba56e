namespace Reporting.Data.Entities;

/// <summary>
/// A period's province figures as last aggregated over agencies as they stood on a date, with the data stamp they were
/// aggregated at: a figure kept across processes (`reporting summary` run again reads 38 figures, not 190,000 roll-ups).
/// Derived from the submissions, never a source: valid only while no write since touched its months (see
/// <see cref="StoredAggregateStore"/>), and any row may be dropped.
/// </summary>
public sealed class StoredAggregateEntity
{
    /// <summary>The period (<see cref="Core.Periods.PeriodId"/> as text, e.g. 2026-H1).</summary>
    public required string Period { get; set; }

    /// <summary>The day whose agency structure the figures were aggregated over (the summary period's end).</summary>
    public DateOnly StructureDate { get; set; }

    /// <summary><see cref="DataStamp.Total"/> when aggregated.</summary>
    public long StampTotal { get; set; }

    public long StampCatalog { get; set; }

    public long StampSubmissions { get; set; }

    /// <summary><see cref="DataStamp.Reviews"/> when aggregated (reviews since leave the figures valid).</summary>
    public long StampReviews { get; set; }

    /// <summary><see cref="DataStamp.Cycle"/> when aggregated (issues and reopenings since leave the figures valid).</summary>
    public long StampCycle { get; set; }

    /// <summary>
    /// Which keep wrote the row (random): the carriers' shares in <see cref="StoredShareBucketEntity"/> are updated only by
    /// a writer that read the row at this value, so the row's totals are always the sum of the shares beside them.
    /// </summary>
    public long KeepId { get; set; }

    /// <summary>The province figures and carried agencies, and the totals of the carriers' shares, as JSON.</summary>
    public required string Figures { get; set; }
}
