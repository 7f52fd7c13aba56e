namespace Reporting.Core.Catalog;

/// <summary>How agencies' figures combine into a province-wide figure.</summary>
public enum AgencyRule
{
    Sum,

    /// <summary>Share (in %) of answering agencies that answered yes.</summary>
    ShareYes,

    /// <summary>Not additive: no province-wide figure.</summary>
    None,
}
