namespace Reporting.Core.Aggregation;

/// <summary>
/// One carrier's part of one indicator's province figure (its own agency, or a successor with the agencies it carries):
/// what the aggregation's <c>Combine</c> adds up over its agencies, kept apart so that a submission changes one part.
/// </summary>
/// <param name="Sum">The sum of the values counted; its scale is the largest of theirs, as an addition keeps it.</param>
/// <param name="Yes">How many of the values counted are 1 (a yes answer).</param>
/// <param name="Count">How many values are counted.</param>
/// <param name="Predecessors">Agencies carried into this one whose figures it uses (see <see cref="PeriodAggregate.CarriedInto"/>).</param>
public sealed record IndicatorShare(
    string IndicatorCode,
    decimal Sum,
    int Yes,
    int Count,
    int Estimated,
    int SourceCount,
    int Reported,
    int Expected,
    bool Complete,
    IReadOnlyList<string> Predecessors);

/// <summary>A carrier's shares of the indicators it has a part in, in the catalog's order.</summary>
public sealed record CarrierShares(string Carrier, IReadOnlyList<IndicatorShare> Shares)
{
    /// <summary>The agencies whose figures this carrier uses in any indicator (the union, in the catalog's order).</summary>
    public IReadOnlyList<string> Carried => Shares.Any(s => s.Predecessors.Count > 0) ? Shares.SelectMany(s => s.Predecessors).Distinct(StringComparer.Ordinal).ToList() : [];
}
