namespace Reporting.Core.Catalog;

/// <summary>What a value measures; decides parsing, checks and how a change is expressed.</summary>
public enum ValueKind
{
    Count,
    Amount,

    /// <summary>A percentage; compared in percentage points.</summary>
    Rate,

    /// <summary>1 for yes, 0 for no.</summary>
    YesNo,
}
