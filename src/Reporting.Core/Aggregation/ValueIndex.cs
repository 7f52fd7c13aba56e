using Reporting.Core.Submissions;

namespace Reporting.Core.Aggregation;

/// <summary>
/// Submitted values grouped by indicator and agency, built once and aggregated for many periods
/// (a report aggregates its period, the compare period and the trend from the same values).
/// </summary>
public sealed class ValueIndex
{
    private static readonly Dictionary<string, List<ReportedValue>> None = new(StringComparer.Ordinal);
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

    /// <summary>An indicator's values by agency code.</summary>
    public IReadOnlyDictionary<string, List<ReportedValue>> Of(string indicatorCode) => byIndicator.GetValueOrDefault(indicatorCode) ?? None;
}
