using System.Text.Json;
using Reporting.Core.Agencies;
using Reporting.Core.Catalog;
using Reporting.Core.Periods;

namespace Reporting.Testing;

/// <summary>
/// A random province for property tests of the figures: monthly, quarterly and half-yearly agencies reporting random
/// subsets of the catalog, some merged into successors on 1 July 2025, one renamed on 1 March 2025, some closed
/// without a successor and one opened in 2025 or 2026 (at a month's end or in its middle), submissions missing at
/// random, empty values, and late corrections saved after everything else.
/// </summary>
public sealed class RandomProvince
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

        // Closed without a successor, at a month's end or on its 15th, somewhere in 2025 or 2026; and one opened.
        for (var c = 0; c < random.Next(1, 4); c++)
        {
            agencies.Add(NewAgency($"Z{c}", groups, null, RandomDay(), []));
        }

        agencies.Add(NewAgency("N0", groups, RandomDay().AddDays(1), null, []));
        return new AgencyDirectory(RepoFiles.Directory.Province, groups, agencies);
    }

    /// <summary>The last day of a month of 2025 or 2026 before December 2026, or the 15th of one.</summary>
    private DateOnly RandomDay()
    {
        var month = new YearMonth(2025, 1).AddMonths(random.Next(23));
        return random.NextDouble() < 0.7 ? month.LastDay : month.FirstDay.AddDays(14);
    }

    /// <summary>The directory as templates/agencies.json writes it, for a workspace opened over this province.</summary>
    public string AgencyListJson()
    {
        var file = new
        {
            province = new { code = Directory.Province.Code, nameVi = Directory.Province.NameVi, nameEn = Directory.Province.NameEn },
            groups = Directory.Groups.Select(g => new { code = g.Code, nameVi = g.NameVi, nameEn = g.NameEn }),
            agencies = Directory.Agencies.Select(a => new
            {
                code = a.Code,
                name = a.Name,
                group = a.Group,
                frequency = a.Frequency.ToText(),
                indicators = a.Indicators,
                activeFrom = a.ActiveFrom,
                activeUntil = a.ActiveUntil,
                replaces = a.Replaces,
            }),
        };
        return JsonSerializer.Serialize(file);
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
