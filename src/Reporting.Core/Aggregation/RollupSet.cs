using Reporting.Core.Periods;

namespace Reporting.Core.Aggregation;

/// <summary>
/// Every agency's roll-up of every indicator for one period: what the aggregation over agencies starts from,
/// whether the roll-ups were computed from values in memory or read from storage.
/// </summary>
public sealed class RollupSet
{
    private static readonly Dictionary<string, PeriodRollup> None = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, PeriodRollup>> byIndicator = new(StringComparer.Ordinal);

    public RollupSet(PeriodId period, IEnumerable<PeriodRollup> rollups)
    {
        Period = period;
        foreach (var rollup in rollups)
        {
            if (rollup.Period != period)
            {
                throw new ArgumentException($"A roll-up of {rollup.Period} is not of {period}", nameof(rollups));
            }

            if (!byIndicator.TryGetValue(rollup.IndicatorCode, out var byAgency))
            {
                byAgency = byIndicator[rollup.IndicatorCode] = new Dictionary<string, PeriodRollup>(StringComparer.Ordinal);
            }

            byAgency.Add(rollup.AgencyCode, rollup);
        }
    }

    public PeriodId Period { get; }

    /// <summary>An indicator's roll-ups by agency code.</summary>
    public IReadOnlyDictionary<string, PeriodRollup> Of(string indicatorCode) => byIndicator.GetValueOrDefault(indicatorCode) ?? None;
}
