using Reporting.Core.Periods;
using Reporting.Core.Submissions;

namespace Reporting.Core.Aggregation;

/// <summary>
/// Submitted values grouped by indicator and agency, built once and rolled up for many periods
/// (a trace or a test aggregates several periods from the same values).
/// </summary>
public sealed class ValueIndex
{
    private readonly Dictionary<string, Dictionary<string, List<ReportedValue>>> byIndicator = new(StringComparer.Ordinal);

    public ValueIndex(IEnumerable<ReportedValue> values)
    {
        foreach (var value in values)
        {
            if (!byIndicator.TryGetValue(value.IndicatorCode, out var byAgency))
            {
                byAgency = byIndicator[value.IndicatorCode] = new Dictionary<string, List<ReportedValue>>(StringComparer.Ordinal);
            }

            if (!byAgency.TryGetValue(value.AgencyCode, out var list))
            {
                list = byAgency[value.AgencyCode] = [];
            }

            list.Add(value);
        }
    }

    /// <summary>Each agency's roll-up of each indicator over <paramref name="period"/>, from the values inside it.</summary>
    public RollupSet RollupsFor(PeriodId period)
    {
        var rollups = new List<PeriodRollup>();
        foreach (var byAgency in byIndicator.Values)
        {
            foreach (var values in byAgency.Values)
            {
                var inPeriod = values.FindAll(v => period.Contains(v.Period));
                if (inPeriod.Count > 0)
                {
                    rollups.Add(PeriodRollup.Of(period, inPeriod));
                }
            }
        }

        return new RollupSet(period, rollups);
    }
}
