using Reporting.Core.Periods;
using Reporting.Core.Submissions;

namespace Reporting.Excel.Tests.Reports;

/// <summary>
/// Figures computed here, from the submitted values, by the rules as a reader of the report would apply them:
/// independent of the aggregation code the workbook is written from.
/// </summary>
internal static class Expected
{
    /// <summary>A flow: every value of the period added up.</summary>
    public static decimal Flow(IEnumerable<ReportedValue> values, string code, PeriodId period) =>
        values.Where(v => v.IndicatorCode == code && period.Contains(v.Period)).Sum(v => v.Value);

    /// <summary>A flow of the given agencies only.</summary>
    public static decimal Flow(IEnumerable<ReportedValue> values, string code, PeriodId period, IReadOnlySet<string> agencies) =>
        Flow(values.Where(v => agencies.Contains(v.AgencyCode)), code, period);

    /// <summary>A stock: each agency's latest value in the period, added up (every agency here is alive at the period's end).</summary>
    public static decimal Stock(IEnumerable<ReportedValue> values, string code, PeriodId period) =>
        values.Where(v => v.IndicatorCode == code && period.Contains(v.Period))
            .GroupBy(v => v.AgencyCode)
            .Sum(g => g.MaxBy(v => v.Period.LastMonth)!.Value);

    /// <summary>A percentage with the two decimals reports show.</summary>
    public static decimal Rate(decimal part, decimal whole) => Math.Round(part / whole * 100, 2, MidpointRounding.AwayFromZero);

    /// <summary>A relative change in percent, two decimals.</summary>
    public static decimal Change(decimal value, decimal compare) => Math.Round((value - compare) / compare * 100, 2, MidpointRounding.AwayFromZero);
}
