using Reporting.Core.Aggregation;

namespace Reporting.Data;

/// <summary>A period's province figures as <see cref="StoredAggregateStore"/> kept them.</summary>
/// <param name="Aggregate">The figures kept: those of the data now when <paramref name="ChangedAgencies"/> is empty.</param>
/// <param name="Totals">The totals of the carriers' shares the figures were summed from; null in a row kept by an earlier release.</param>
/// <param name="KeepId">Which keep wrote the row.</param>
/// <param name="ChangedAgencies">The agencies that stored a submission of the period's months since.</param>
public sealed record StoredAggregate(PeriodAggregate Aggregate, ProvinceTotals? Totals, long KeepId, IReadOnlySet<string> ChangedAgencies);
