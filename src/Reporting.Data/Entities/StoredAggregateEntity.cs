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

    /// <summary>The province figures and carried agencies, as JSON.</summary>
    public required string Figures { get; set; }
}
