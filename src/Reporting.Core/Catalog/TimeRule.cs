namespace Reporting.Core.Catalog;

/// <summary>How an indicator's monthly figures roll up into a longer period.</summary>
public enum TimeRule
{
    /// <summary>Summed over the months (records received, revenue).</summary>
    Flow,

    /// <summary>The latest value inside the period (subscribers, procedures offered).</summary>
    Stock,
}
