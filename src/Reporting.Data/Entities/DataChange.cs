namespace Reporting.Data.Entities;

/// <summary>
/// What one raise of the submissions counter changed: an agency's months. Written in the same transaction as the raise,
/// so a figure kept for other months can be kept across it (see <see cref="DataVersionStore.ChangesAsync"/>).
/// </summary>
public sealed class DataChange
{
    /// <summary>The submissions counter's value after the change (one row per value).</summary>
    public long Version { get; set; }

    public required string AgencyCode { get; set; }

    /// <summary>The first month the stored submission covers (<see cref="Core.Periods.YearMonth.Index"/>).</summary>
    public int FirstMonth { get; set; }

    public int LastMonth { get; set; }

    /// <summary>Whether the stored submission covers any month from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public bool Touches(Core.Periods.YearMonth from, Core.Periods.YearMonth to) => FirstMonth <= to.Index && LastMonth >= from.Index;
}
