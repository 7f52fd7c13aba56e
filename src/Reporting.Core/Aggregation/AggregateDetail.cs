namespace Reporting.Core.Aggregation;

/// <summary>
/// How much of an aggregation to keep: the province figures are the same at every level, the groups' and agencies'
/// cost time with thousands of agencies, so a view that shows only the province asks for only the province.
/// </summary>
public enum AggregateDetail
{
    Province,
    Groups,
    Agencies,
}
