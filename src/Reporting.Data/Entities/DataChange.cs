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
}
