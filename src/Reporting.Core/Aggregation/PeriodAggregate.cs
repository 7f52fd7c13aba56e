using Reporting.Core.Periods;

namespace Reporting.Core.Aggregation;

/// <summary>Every indicator of one period aggregated for the province, each agency group and each agency.</summary>
public sealed class PeriodAggregate(
    PeriodId period,
    IReadOnlyDictionary<string, Figure> province,
    IReadOnlyDictionary<(string Group, string Indicator), Figure> byGroup,
    IReadOnlyDictionary<(string Agency, string Indicator), Figure> byAgency,
    IReadOnlyDictionary<string, IReadOnlyList<string>> carried)
{
    public PeriodId Period { get; } = period;

    /// <summary>Agency codes that carry figures in this aggregate, by the structure it was built for.</summary>
    public IEnumerable<string> Agencies => byAgency.Keys.Select(k => k.Agency).Distinct(StringComparer.Ordinal);

    public Figure Province(string indicator) => province.GetValueOrDefault(indicator) ?? Figure.Empty(indicator);

    public Figure Group(string group, string indicator) => byGroup.GetValueOrDefault((group, indicator)) ?? Figure.Empty(indicator);

    public Figure Agency(string agency, string indicator) => byAgency.GetValueOrDefault((agency, indicator)) ?? Figure.Empty(indicator);

    /// <summary>Earlier agencies whose figures a successor carries in this period (mergers, renames).</summary>
    public IReadOnlyList<string> CarriedInto(string agency) => carried.GetValueOrDefault(agency) ?? [];

    public bool HasCarriedFigures => carried.Count > 0;

    /// <summary>Every successor with the earlier agencies it carries (<see cref="CarriedInto"/>).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Carried => carried;

    /// <summary>
    /// The same figures without the agencies' roll-ups behind the province's and groups' (<see cref="Figure.Contributions"/>):
    /// once the values behind a report's figures are traced, the roll-ups of thousands of agencies are only memory.
    /// </summary>
    public PeriodAggregate WithoutContributions() => new(
        Period,
        province.ToDictionary(p => p.Key, p => p.Value with { Contributions = [] }, StringComparer.Ordinal),
        byGroup.ToDictionary(p => p.Key, p => p.Value with { Contributions = [] }),
        byAgency,
        carried);
}
