using Reporting.Core.Agencies;
using Reporting.Core.Catalog;
using Reporting.Core.Periods;
using Reporting.Core.Submissions;

namespace Reporting.Testing;

/// <summary>
/// Deterministic, plausible figures for every agency of a directory: magnitudes scaled from each indicator's
/// sanity bound, growth over time, and the catalog's checks (parts within wholes, components summing to totals) met.
/// </summary>
public sealed class SyntheticProvince(IndicatorCatalog catalog, AgencyDirectory directory, int seed = 2026)
{
    /// <summary>Every submission each agency owes between two months (inclusive), by its frequency.</summary>
    public IEnumerable<SyntheticSubmission> Submissions(YearMonth from, YearMonth to)
    {
        foreach (var agency in directory.Agencies)
        {
            var periods = Enumerable.Range(0, to.Index - from.Index + 1)
                .Select(i => agency.SubmissionPeriodFor(from.AddMonths(i)))
                .Distinct()
                .Where(p => p.FirstMonth >= from && p.LastMonth <= to && agency.IsActiveDuring(p));
            foreach (var period in periods)
            {
                yield return new SyntheticSubmission(agency, period, ValuesFor(agency, period));
            }
        }
    }

    /// <summary>The same figures as stored values, numbered as submissions 1, 2, 3...</summary>
    public IReadOnlyList<ReportedValue> ReportedValues(YearMonth from, YearMonth to)
    {
        var id = 0L;
        return Submissions(from, to)
            .SelectMany(s =>
            {
                id++;
                var submissionId = id;
                return s.Values.Where(v => v.Value is not null)
                    .Select(v => new ReportedValue(submissionId, s.Agency.Code, v.Key, s.Period, v.Value!.Value));
            })
            .ToList();
    }

    public IReadOnlyDictionary<string, decimal?> ValuesFor(Agency agency, PeriodId period)
    {
        var values = new Dictionary<string, decimal?>(StringComparer.Ordinal);
        var reported = agency.Indicators.Select(catalog.Find).OfType<Indicator>().ToList();
        foreach (var total in reported.Where(i => i.SumOf is not null))
        {
            var parts = total.SumOf!.Where(agency.Reports).Select(c => catalog[c]).ToList();
            foreach (var part in parts)
            {
                values[part.Code] = Base(agency, part, period);
            }

            values[total.Code] = parts.Count == total.SumOf!.Count ? parts.Sum(p => values[p.Code]) : Base(agency, total, period);
        }

        foreach (var indicator in reported.Where(i => !values.ContainsKey(i.Code)))
        {
            values[indicator.Code] = ValueOf(agency, indicator, period, values);
        }

        return values;
    }

    private decimal? ValueOf(Agency agency, Indicator indicator, PeriodId period, Dictionary<string, decimal?> values)
    {
        if (indicator.PartOf is { } wholeCode && agency.Reports(wholeCode))
        {
            if (!values.ContainsKey(wholeCode))
            {
                values[wholeCode] = ValueOf(agency, catalog[wholeCode], period, values);
            }

            var share = 0.55m + (Noise(agency.Code, indicator.Code, period.Year * 100) * 0.43m);
            return Math.Round(values[wholeCode]!.Value * share, indicator.Decimals, MidpointRounding.ToZero);
        }

        return Base(agency, indicator, period);
    }

    private decimal Base(Agency agency, Indicator indicator, PeriodId period)
    {
        if (indicator.Kind == ValueKind.YesNo)
        {
            return Noise(agency.Code, indicator.Code, period.Year) < 0.85m ? 1 : 0;
        }

        var max = indicator.Max ?? 1000m;
        // A successor of merged agencies carries about their combined size, so mergers keep totals steady.
        var size = Math.Max(1, agency.Replaces.Count);
        var scale = indicator.Kind == ValueKind.Rate ? 0.5m : size * (0.01m + (Noise(agency.Code, indicator.Code, 0) * 0.04m));

        // Growth of about 15% a year from January 2024, plus up to 5% month-to-month jitter.
        var monthsSince2024 = period.LastMonth.Index - new YearMonth(2024, 1).Index;
        var growth = 1m + (0.0125m * monthsSince2024);
        var jitter = 0.95m + (Noise(agency.Code, indicator.Code, period.LastMonth.Index) * 0.1m);
        var months = indicator.OverTime == TimeRule.Flow ? period.MonthCount : 1;
        var value = max * scale * growth * jitter * months;
        if (indicator.Kind == ValueKind.Rate)
        {
            value = Math.Min(value, 99.5m);
        }

        return Math.Round(value, indicator.Decimals, MidpointRounding.ToZero);
    }

    /// <summary>A repeatable number in [0, 1) from the inputs: the same agency and month always get the same figure.</summary>
    private decimal Noise(string agency, string indicator, int salt)
    {
        var hash = (uint)seed;
        foreach (var c in agency + "|" + indicator)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        hash = unchecked((hash ^ (uint)salt) * 2654435761u);
        hash ^= hash >> 15;
        return (hash % 10000) / 10000m;
    }
}
