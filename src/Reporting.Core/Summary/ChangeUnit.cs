namespace Reporting.Core.Summary;

/// <summary>How a change against the compare period is expressed.</summary>
public enum ChangeUnit
{
    /// <summary>Relative change in percent, for counts and amounts.</summary>
    Percent,

    /// <summary>Difference in percentage points, for rates.</summary>
    PercentagePoints,
}
