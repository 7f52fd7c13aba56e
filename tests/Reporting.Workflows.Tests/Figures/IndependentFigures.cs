using System.Text.RegularExpressions;
using Reporting.Core.Agencies;
using Reporting.Core.Catalog;
using Reporting.Core.Periods;

namespace Reporting.Workflows.Tests.Figures;

/// <summary>
/// A period's figures re-computed from the raw current values with plain loops, by the rules as the README and
/// DOMAIN.md state them, written apart from Reporting.Core.Aggregation (no Aggregator, PeriodRollup, AgencyDirectory
/// or Formula): the product's figures are compared with these.
/// <list type="number">
/// <item>An agency exists in a month when it was active on any day of it. It owes a period when it existed in any of
/// its months and its own submissions (month, quarter, half-year) are no longer than the period; it owes the
/// indicators it reports. It takes part in an indicator's figure when it owes it or sent values of it.</item>
/// <item>Over time: the values whose submission period lies inside the period. A flow is their sum, complete when every
/// month the agency existed in is covered; a stock is the value of the submission ending last, complete when that end
/// reaches the last month the agency existed in. No value: no figure, incomplete.</item>
/// <item>Over agencies, with the structure of a day: an agency's figures are carried by its successor when it ended
/// before that day (followed to the end). A stock counts only the agencies alive at the latest point: in an agency's
/// row the latest month any agency it carries existed in, in a group's and the province's the period's last month.
/// Sum adds them; shareYes is the percent of those answering that said yes (1). Reported: agencies with a value; the
/// figure is complete when every agency taking part is.</item>
/// <item>Derived: the formula over the parts' figures of the same level, none when a part has none or a divisor is zero;
/// reported/expected of the least covered part (first of equals); complete when every part is there, complete and,
/// when owed, not empty. An agency has a derived figure when it has a figure of every part.</item>
/// </list>
/// </summary>
internal sealed partial class IndependentFigures
{
    private readonly IndicatorCatalog catalog;
    private readonly IReadOnlyList<Agency> agencies;
    private readonly Dictionary<(string Agency, string Indicator), List<(PeriodId Submitted, decimal Value)>> values = [];
    private readonly Dictionary<string, Agency> successorOf = new(StringComparer.Ordinal);

    /// <param name="values">The current values: the last stored file of each agency and period, empty cells left out.</param>
    public IndependentFigures(IndicatorCatalog catalog, IReadOnlyList<Agency> agencies, IReadOnlyList<(string Agency, string Indicator, PeriodId Submitted, decimal Value)> values)
    {
        this.catalog = catalog;
        this.agencies = agencies;
        foreach (var (agency, indicator, submitted, value) in values)
        {
            if (!this.values.TryGetValue((agency, indicator), out var list))
            {
                list = this.values[(agency, indicator)] = [];
            }

            list.Add((submitted, value));
        }

        foreach (var successor in agencies)
        {
            foreach (var old in successor.Replaces)
            {
                successorOf[old] = successor;
            }
        }
    }

    /// <summary>Every figure of <paramref name="period"/> with agencies as they stood on <paramref name="structure"/>.</summary>
    public Result Compute(PeriodId period, DateOnly structure)
    {
        var months = new List<YearMonth>();
        for (var m = period.FirstMonth; m <= period.LastMonth; m = m.AddMonths(1))
        {
            months.Add(m);
        }

        var result = new Result();
        foreach (var indicator in catalog.Indicators.Where(i => i.Formula is null))
        {
            // Each agency taking part, with its own figure over time and the last month it existed in.
            var taking = new List<(Agency Agency, Agency Carrier, decimal? Value, bool Complete, YearMonth LastExisting)>();
            foreach (var agency in agencies)
            {
                var existing = months.Where(m => Exists(agency, m)).ToList();
                var owes = existing.Count > 0 && SubmissionMonths(agency) <= months.Count && agency.Indicators.Contains(indicator.Code);
                var own = values.GetValueOrDefault((agency.Code, indicator.Code), [])
                    .Where(v => v.Submitted.FirstMonth >= period.FirstMonth && v.Submitted.LastMonth <= period.LastMonth).ToList();
                if (!owes && own.Count == 0)
                {
                    continue;
                }

                var lastExisting = existing.Count > 0 ? existing[^1] : period.LastMonth;
                decimal? value = null;
                var complete = false;
                if (own.Count > 0 && indicator.OverTime == TimeRule.Flow)
                {
                    value = own.Sum(v => v.Value);
                    complete = existing.All(m => own.Any(v => v.Submitted.FirstMonth <= m && m <= v.Submitted.LastMonth));
                }
                else if (own.Count > 0)
                {
                    var latest = own.MaxBy(v => v.Submitted.LastMonth);
                    value = latest.Value;
                    complete = latest.Submitted.LastMonth >= lastExisting;
                }

                taking.Add((agency, Carrier(agency, structure), value, complete, lastExisting));
            }

            foreach (var carrier in taking.Select(t => t.Carrier.Code).Distinct(StringComparer.Ordinal))
            {
                var members = taking.Where(t => t.Carrier.Code == carrier).ToList();
                var latestPoint = members.Max(t => t.LastExisting);
                result.Agency[(carrier, indicator.Code)] = Combine(indicator, members.Select(t => (t.Value, t.Complete, Counts: indicator.OverTime == TimeRule.Flow || t.LastExisting == latestPoint)));
            }

            foreach (var group in taking.Select(t => t.Carrier.Group).Distinct(StringComparer.Ordinal))
            {
                var members = taking.Where(t => t.Carrier.Group == group);
                result.Group[(group, indicator.Code)] = Combine(indicator, members.Select(t => (t.Value, t.Complete, Counts: indicator.OverTime == TimeRule.Flow || t.LastExisting == period.LastMonth)));
            }

            result.Province[indicator.Code] = Combine(indicator, taking.Select(t => (t.Value, t.Complete, Counts: indicator.OverTime == TimeRule.Flow || t.LastExisting == period.LastMonth)));
        }

        var agencyKeys = result.Agency.Keys.Select(k => k.Agency).Distinct(StringComparer.Ordinal).ToList();
        var groupKeys = result.Group.Keys.Select(k => k.Group).Distinct(StringComparer.Ordinal).ToList();
        foreach (var derived in catalog.Indicators.Where(i => i.Formula is not null))
        {
            var parts = PartsOf(derived);
            result.Province[derived.Code] = Derive(parts, code => result.Province.GetValueOrDefault(code));
            foreach (var group in groupKeys)
            {
                result.Group[(group, derived.Code)] = Derive(parts, code => result.Group.GetValueOrDefault((group, code)));
            }

            foreach (var agency in agencyKeys.Where(a => parts.Codes.All(c => result.Agency.ContainsKey((a, c)))))
            {
                result.Agency[(agency, derived.Code)] = Derive(parts, code => result.Agency.GetValueOrDefault((agency, code)));
            }
        }

        return result;
    }

    private static bool Exists(Agency agency, YearMonth month) =>
        (agency.ActiveFrom is null || agency.ActiveFrom.Value <= month.LastDay) && (agency.ActiveUntil is null || agency.ActiveUntil.Value >= month.FirstDay);

    private static int SubmissionMonths(Agency agency) => agency.Frequency switch
    {
        ReportingFrequency.Monthly => 1,
        ReportingFrequency.Quarterly => 3,
        _ => 6,
    };

    private Agency Carrier(Agency agency, DateOnly structure)
    {
        while (agency.ActiveUntil is { } until && until < structure && successorOf.TryGetValue(agency.Code, out var next))
        {
            agency = next;
        }

        return agency;
    }

    private static RecomputedFigure Combine(Indicator indicator, IEnumerable<(decimal? Value, bool Complete, bool Counts)> members)
    {
        var list = members.ToList();
        var answered = list.Where(m => m.Counts && m.Value is not null).Select(m => m.Value!.Value).ToList();
        decimal? value = answered.Count == 0 ? null : indicator.OverAgencies switch
        {
            AgencyRule.Sum => answered.Sum(),
            AgencyRule.ShareYes => answered.Count(v => v == 1) * 100m / answered.Count,
            _ => null,
        };
        return new RecomputedFigure(value, list.Count(m => m.Value is not null), list.Count, list.All(m => m.Complete));
    }

    private static RecomputedFigure Derive(Parts parts, Func<string, RecomputedFigure?> figureOf)
    {
        var (complete, reported, expected, leastShare) = (true, 0, 0, decimal.MaxValue);
        var partValues = new Dictionary<string, decimal?>(StringComparer.Ordinal);
        foreach (var code in parts.Codes)
        {
            var part = figureOf(code);
            partValues[code] = part?.Value;
            if (part is null)
            {
                complete = false;
                continue;
            }

            complete &= part.Complete && (part.Value is not null || part.Expected == 0);
            if (part.Expected > 0 && (decimal)part.Reported / part.Expected < leastShare)
            {
                (reported, expected, leastShare) = (part.Reported, part.Expected, (decimal)part.Reported / part.Expected);
            }
        }

        return new RecomputedFigure(parts.Evaluate(partValues), reported, expected, complete);
    }

    /// <summary>The catalog's formulas are of two shapes, A / B * 100 and A / (A + B) * 100; any other fails the test.</summary>
    private static Parts PartsOf(Indicator derived)
    {
        var text = derived.Formula!.Text;
        if (RatioFormula().Match(text) is { Success: true } ratio)
        {
            var (a, b) = (ratio.Groups[1].Value, ratio.Groups[2].Value);
            return new Parts([a, b], v => v[a] is { } x && v[b] is { } y && y != 0 ? x / y * 100 : null);
        }

        if (ShareOfSumFormula().Match(text) is { Success: true } share && share.Groups[1].Value == share.Groups[2].Value)
        {
            var (a, b) = (share.Groups[1].Value, share.Groups[3].Value);
            return new Parts([a, b], v => v[a] is { } x && v[b] is { } y && x + y != 0 ? x / (x + y) * 100 : null);
        }

        throw new InvalidOperationException($"{derived.Code}: formula '{text}' has a shape this re-computation does not know");
    }

    [GeneratedRegex(@"^([A-Z_.0-9]+) / ([A-Z_.0-9]+) \* 100$")]
    private static partial Regex RatioFormula();

    [GeneratedRegex(@"^([A-Z_.0-9]+) / \(([A-Z_.0-9]+) \+ ([A-Z_.0-9]+)\) \* 100$")]
    private static partial Regex ShareOfSumFormula();

    private sealed record Parts(IReadOnlyList<string> Codes, Func<IReadOnlyDictionary<string, decimal?>, decimal?> Evaluate);

    /// <summary>The figures of one period: the province's by indicator, each group's and each agency's (carrier) by code and indicator.</summary>
    public sealed class Result
    {
        public Dictionary<string, RecomputedFigure> Province { get; } = new(StringComparer.Ordinal);

        public Dictionary<(string Group, string Indicator), RecomputedFigure> Group { get; } = [];

        public Dictionary<(string Agency, string Indicator), RecomputedFigure> Agency { get; } = [];
    }
}
