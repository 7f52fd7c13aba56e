using System.Runtime.InteropServices;
using Reporting.Core.Periods;

namespace Reporting.Core.Aggregation;

/// <summary>
/// Every agency's roll-up of every indicator for one period: what the aggregation over agencies starts from,
/// whether the roll-ups were computed from values in memory or read from storage.
/// </summary>
public sealed class RollupSet
{
    /// <summary>No agency's roll-up (an indicator nobody reported).</summary>
    public static readonly IReadOnlyDictionary<string, PeriodRollup> NoRollups = new Dictionary<string, PeriodRollup>(StringComparer.Ordinal);

    private readonly Dictionary<string, Dictionary<string, PeriodRollup>> byIndicator = new(StringComparer.Ordinal);

    public RollupSet(PeriodId period, IEnumerable<PeriodRollup> rollups)
    {
        Period = period;
        var all = rollups as IReadOnlyCollection<PeriodRollup> ?? rollups.ToList();

        // Each indicator's dictionary made at its final size: grown by doubling, thousands of agencies leave large
        // objects behind, which only a full collection frees.
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var rollup in all)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(counts, rollup.IndicatorCode, out _)++;
        }

        foreach (var (indicator, count) in counts)
        {
            byIndicator[indicator] = new Dictionary<string, PeriodRollup>(count, StringComparer.Ordinal);
        }

        foreach (var rollup in all)
        {
            if (rollup.Period != period)
            {
                throw new ArgumentException($"A roll-up of {rollup.Period} is not of {period}", nameof(rollups));
            }

            byIndicator[rollup.IndicatorCode].Add(rollup.AgencyCode, rollup);
        }
    }

    private RollupSet(PeriodId period) => Period = period;

    public PeriodId Period { get; }

    /// <summary>
    /// This set with the roll-ups of <paramref name="agencies"/> replaced by <paramref name="theirs"/> (an agency
    /// without one of an indicator there has none of it after): the set itself is left as it was.
    /// </summary>
    public RollupSet Replacing(IReadOnlySet<string> agencies, IEnumerable<PeriodRollup> theirs)
    {
        var replaced = new RollupSet(Period);
        foreach (var (indicator, byAgency) in byIndicator)
        {
            var copy = new Dictionary<string, PeriodRollup>(byAgency, StringComparer.Ordinal);
            foreach (var agency in agencies)
            {
                copy.Remove(agency);
            }

            replaced.byIndicator[indicator] = copy;
        }

        foreach (var rollup in theirs)
        {
            if (rollup.Period != Period || !agencies.Contains(rollup.AgencyCode))
            {
                throw new ArgumentException($"A roll-up of {rollup.AgencyCode} for {rollup.Period} does not replace those of {Period}'s agencies given", nameof(theirs));
            }

            if (!replaced.byIndicator.TryGetValue(rollup.IndicatorCode, out var byAgency))
            {
                byAgency = replaced.byIndicator[rollup.IndicatorCode] = new Dictionary<string, PeriodRollup>(StringComparer.Ordinal);
            }

            byAgency.Add(rollup.AgencyCode, rollup);
        }

        return replaced;
    }

    /// <summary>An indicator's roll-ups by agency code.</summary>
    public IReadOnlyDictionary<string, PeriodRollup> Of(string indicatorCode) => byIndicator.GetValueOrDefault(indicatorCode) ?? NoRollups;

    /// <summary>Each indicator reported with its roll-ups by agency code.</summary>
    public IEnumerable<(string IndicatorCode, IReadOnlyDictionary<string, PeriodRollup> ByAgency)> ByIndicator =>
        byIndicator.Select(p => (p.Key, (IReadOnlyDictionary<string, PeriodRollup>)p.Value));
}
