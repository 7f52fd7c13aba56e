using Reporting.Core.Agencies;
using Reporting.Core.Catalog;
using Reporting.Core.Periods;
using Reporting.Testing;

namespace Reporting.Data.Tests.Rollups;

/// <summary>
/// A random province for comparing the stored roll-ups with the in-memory roll-up: monthly, quarterly and half-yearly
/// agencies reporting random subsets of the catalog, some merged into successors on 1 July 2025 and some renamed on
/// 1 March 2025, submissions missing at random, empty values, and late corrections saved after everything else.
/// </summary>
internal sealed class RandomProvince
{
    public static readonly YearMonth FirstMonth = new(2024, 1);
    public static readonly YearMonth LastMonth = new(2026, 12);

    private readonly Random random;

    public RandomProvince(int seed)
    {
        random = new Random(seed);
        Directory = BuildDirectory();
        Saves = BuildSaves();
    }

    public IndicatorCatalog Catalog { get; } = RepoFiles.Catalog;

    public AgencyDirectory Directory { get; }

    /// <summary>Every file to store, in the order stored: originals shuffled, then corrections (some twice).</summary>
    public IReadOnlyList<RandomSubmission> Saves { get; }

    private AgencyDirectory BuildDirectory()
    {
        var groups = RepoFiles.Directory.Groups;
        var agencies = new List<Agency>();
        for (var i = 0; i < random.Next(6, 14); i++)
        {
            agencies.Add(NewAgency($"A{i}", groups, null, null, []));
        }

        // Mergers: two or three agencies end on 30 June 2025 and one successor carries them from 1 July.
        for (var m = 0; m < random.Next(1, 3); m++)
        {
            var olds = Enumerable.Range(0, random.Next(2, 4)).Select(k => NewAgency($"M{m}O{k}", groups, null, new DateOnly(2025, 6, 30), [])).ToList();
            agencies.AddRange(olds);
            agencies.Add(NewAgency($"M{m}", groups, new DateOnly(2025, 7, 1), null, olds.Select(o => o.Code).ToList()));
        }

        // A rename in the middle of a quarter: the old name ends on 28 February 2025.
        var renamed = NewAgency("R0OLD", groups, null, new DateOnly(2025, 2, 28), []);
        agencies.Add(renamed);
        agencies.Add(NewAgency("R0", groups, new DateOnly(2025, 3, 1), null, [renamed.Code]) with { Frequency = ReportingFrequency.Monthly });
        return new AgencyDirectory(RepoFiles.Directory.Province, groups, agencies);
    }

    private Agency NewAgency(string code, IReadOnlyList<AgencyGroup> groups, DateOnly? from, DateOnly? until, IReadOnlyList<string> replaces)
    {
        var indicators = Catalog.Indicators.Where(i => !i.IsDerived && random.NextDouble() < 0.6).Select(i => i.Code).ToList();
        var frequency = random.NextDouble() switch
        {
            < 0.6 => ReportingFrequency.Monthly,
            < 0.85 => ReportingFrequency.Quarterly,
            _ => ReportingFrequency.HalfYearly,
        };
        return new Agency
        {
            Code = code,
            Name = "Agency " + code,
            Group = groups[random.Next(groups.Count)].Code,
            Frequency = frequency,
            Indicators = indicators,
            ActiveFrom = from,
            ActiveUntil = until,
            Replaces = replaces,
        };
    }

    private List<RandomSubmission> BuildSaves()
    {
        var originals = new List<RandomSubmission>();
        foreach (var agency in Directory.Agencies)
        {
            var periods = Enumerable.Range(0, LastMonth.Index - FirstMonth.Index + 1)
                .Select(i => agency.SubmissionPeriodFor(FirstMonth.AddMonths(i)))
                .Distinct()
                .Where(agency.IsActiveDuring);
            originals.AddRange(periods.Where(_ => random.NextDouble() < 0.85).Select(p => NewSubmission(agency, p, 1)));
        }

        var corrections = originals.Where(_ => random.NextDouble() < 0.15).Select(s => NewSubmission(Directory[s.AgencyCode], s.Period, 2)).ToList();
        var seconds = corrections.Where(_ => random.NextDouble() < 0.3).Select(s => NewSubmission(Directory[s.AgencyCode], s.Period, 3)).ToList();
        return [.. Shuffled(originals), .. Shuffled(corrections), .. seconds];
    }

    private RandomSubmission NewSubmission(Agency agency, PeriodId period, int version)
    {
        var values = new Dictionary<string, decimal?>(StringComparer.Ordinal);
        foreach (var code in agency.Indicators)
        {
            var indicator = Catalog[code];
            values[code] = random.NextDouble() < 0.1 ? null
                : indicator.Kind == ValueKind.YesNo ? random.Next(2)
                : Math.Round((decimal)random.NextDouble() * 100_000m, random.Next(3));
        }

        return new RandomSubmission(agency.Code, period, version, values);
    }

    private List<T> Shuffled<T>(IEnumerable<T> items)
    {
        var list = items.ToList();
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }

        return list;
    }
}
