using Reporting.Core.Periods;
using Reporting.Testing;

namespace Reporting.Pdf.Tests;

/// <summary>Figures computed in the test straight from the fixture's submitted values, not through the aggregator.</summary>
internal static class Submitted
{
    /// <summary>A flow over the province: every submitted value of the indicator inside the period, summed.</summary>
    public static decimal Flow(string indicator, string period)
    {
        var p = PeriodId.Parse(period);
        return ReportModelFixture.Values().Where(v => v.IndicatorCode == indicator && p.Contains(v.Period)).Sum(v => v.Value);
    }

    /// <summary>A stock over the province: each agency's latest value inside the period, summed.</summary>
    public static decimal Stock(string indicator, string period)
    {
        var p = PeriodId.Parse(period);
        return ReportModelFixture.Values()
            .Where(v => v.IndicatorCode == indicator && p.Contains(v.Period))
            .GroupBy(v => v.AgencyCode, StringComparer.Ordinal)
            .Sum(g => g.MaxBy(v => v.Period.LastMonth)!.Value);
    }

    public static decimal Percent(decimal part, decimal whole) => Math.Round(part / whole * 100, 2, MidpointRounding.AwayFromZero);
}
