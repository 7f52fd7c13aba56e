using Reporting.Core.Agencies;
using Reporting.Core.Catalog;
using Reporting.Core.Periods;
using Reporting.Core.Submissions;
using Reporting.Testing;

namespace Reporting.Word.Tests;

/// <summary>
/// Province figures computed here from the fixture's submitted values, by the rules as an analyst applies them by hand:
/// flows summed; stocks the latest value of each agency alive at the period's end, summed; yes/no the share of those
/// agencies answering yes; rates from the figures of their parts, two decimals. Independent of the aggregation code.
/// </summary>
internal sealed class Expected(PeriodId period)
{
    /// <summary>The derived indicators' formulas, written out again: (numerator parts, denominator parts).</summary>
    private static readonly Dictionary<string, (string[] Numerator, string[] Denominator)> Rates = new(StringComparer.Ordinal)
    {
        ["TEL.MBB_PER100"] = (["TEL.MBB_SUBS"], ["DECON.POPULATION"]),
        ["TEL.FBB_PER100"] = (["TEL.FBB_SUBS"], ["DECON.POPULATION"]),
        ["EDOC.SIGNED_RATE"] = (["EDOC.SIGNED"], ["EDOC.SENT"]),
        ["PROC.FULL_ONLINE_RATE"] = (["PROC.FULL_ONLINE"], ["PROC.TOTAL"]),
        ["REC.ONLINE_RATE"] = (["REC.ONLINE"], ["REC.ONLINE", "REC.DIRECT"]),
        ["REC.ON_TIME_RATE"] = (["REC.ON_TIME"], ["REC.RESOLVED"]),
        ["DECON.ECOM_RATE"] = (["DECON.ECOM_HOUSEHOLDS"], ["DECON.HOUSEHOLDS"]),
        ["DECON.SMARTPHONE_RATE"] = (["DECON.SMARTPHONE_USERS"], ["DECON.POPULATION"]),
        ["PORTAL.ANSWER_RATE"] = (["PORTAL.ANSWERED"], ["PORTAL.QUESTIONS"]),
    };

    private readonly IReadOnlyList<ReportedValue> values = ReportModelFixture.Values(period.ToString());
    private readonly AgencyDirectory directory = RepoFiles.Directory;
    private readonly IndicatorCatalog catalog = RepoFiles.Catalog;

    /// <summary>The province figure of an indicator in a period, as a report shows it; null when nothing was reported.</summary>
    public decimal? Figure(string code, PeriodId of)
    {
        var indicator = catalog[code];
        if (Rates.TryGetValue(code, out var formula))
        {
            var parts = formula.Numerator.Concat(formula.Denominator).Select(c => Figure(c, of)).ToList();
            if (parts.Any(p => p is null))
            {
                return null;
            }

            var numerator = formula.Numerator.Sum(c => Figure(c, of)!.Value);
            var denominator = formula.Denominator.Sum(c => Figure(c, of)!.Value);
            return denominator == 0 ? null : Math.Round(numerator / denominator * 100, 2, MidpointRounding.AwayFromZero);
        }

        var own = values.Where(v => v.IndicatorCode == code && of.Contains(v.Period)).ToList();
        if (own.Count == 0)
        {
            return null;
        }

        if (indicator.OverTime == TimeRule.Flow)
        {
            return own.Sum(v => v.Value);
        }

        var latest = own
            .Where(v => directory[v.AgencyCode].IsActiveOn(of.LastMonth.LastDay))
            .GroupBy(v => v.AgencyCode, StringComparer.Ordinal)
            .Select(g => g.MaxBy(v => v.Period.LastMonth)!.Value)
            .ToList();
        return indicator.Kind == ValueKind.YesNo
            ? Math.Round(latest.Count(v => v == 1) * 100m / latest.Count, 2, MidpointRounding.AwayFromZero)
            : latest.Sum();
    }

    /// <summary>Agencies that reported the indicator in the report's period and agencies that owe it (for a rate: its least covered part).</summary>
    public (int Reported, int Owing) Coverage(string code)
    {
        if (Rates.TryGetValue(code, out var formula))
        {
            return formula.Numerator.Concat(formula.Denominator).Select(Coverage).MinBy(c => (decimal)c.Reported / c.Owing);
        }

        var owing = directory.ActiveDuring(period)
            .Where(a => a.Reports(code) && a.SubmissionPeriodFor(period.FirstMonth).MonthCount <= period.MonthCount)
            .Select(a => a.Code)
            .ToHashSet(StringComparer.Ordinal);
        var reported = values.Where(v => v.IndicatorCode == code && period.Contains(v.Period) && owing.Contains(v.AgencyCode))
            .Select(v => v.AgencyCode).Distinct(StringComparer.Ordinal).Count();
        return (reported, owing.Count);
    }
}
