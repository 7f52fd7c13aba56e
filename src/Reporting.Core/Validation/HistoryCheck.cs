using Reporting.Core.Catalog;
using Reporting.Core.Periods;
using Reporting.Core.Submissions;

namespace Reporting.Core.Validation;

/// <summary>
/// Warns about values far outside an agency's own history: usually a typo (an extra zero, a wrong unit).
/// Only earlier periods of the same kind compare, so a quarter is not held against months.
/// </summary>
internal static class HistoryCheck
{
    private const int MinimumReports = 3;
    private const decimal Factor = 10;

    public static void Warn(
        string agencyCode,
        PeriodId period,
        IReadOnlyDictionary<string, (Indicator Indicator, ParsedValue Row, decimal Value)> values,
        IReadOnlyList<ReportedValue> history,
        Action<string?, string?, IssueText> warn)
    {
        var earlier = history
            .Where(h => h.AgencyCode == agencyCode && h.Period.Kind == period.Kind && h.Period.CompareTo(period) < 0)
            .ToLookup(h => h.IndicatorCode, StringComparer.Ordinal);
        foreach (var (indicator, row, value) in values.Values)
        {
            // A yes/no answer changing is news, not an outlier.
            var past = earlier[indicator.Code].Select(h => h.Value).ToList();
            if (indicator.Kind == ValueKind.YesNo || past.Count < MinimumReports)
            {
                continue;
            }

            var median = Median(past);
            if (median <= 0)
            {
                continue;
            }

            var (direction, directionVi) = value > median * Factor ? ("above", "cao hơn") : value < median / Factor ? ("below", "thấp hơn") : (null, null);
            if (direction is not null)
            {
                warn(
                    row.Cell,
                    indicator.Code,
                    new(
                        $"{indicator.Code} ({MessageNumber.Format(value)}) in {row.Cell} is far {direction} this agency's usual value "
                        + $"(median {MessageNumber.Format(median)} over {past.Count} earlier reports)",
                        $"{indicator.Code} ({MessageNumber.FormatVi(value)}) ở {row.Cell} {directionVi} nhiều so với mức thường thấy của đơn vị "
                        + $"(trung vị {MessageNumber.FormatVi(median)} qua {past.Count} kỳ trước)"));
            }
        }
    }

    private static decimal Median(List<decimal> values)
    {
        values.Sort();
        var middle = values.Count / 2;
        return values.Count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }
}
