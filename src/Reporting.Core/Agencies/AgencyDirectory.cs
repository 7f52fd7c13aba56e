using Reporting.Core.Periods;

namespace Reporting.Core.Agencies;

/// <summary>The province's agencies over time, with who succeeded whom.</summary>
public sealed class AgencyDirectory
{
    private readonly Dictionary<string, Agency> byCode;
    private readonly Dictionary<string, Agency> successorOf;

    public AgencyDirectory(Province province, IReadOnlyList<AgencyGroup> groups, IReadOnlyList<Agency> agencies)
    {
        Province = province;
        Groups = groups;
        Agencies = agencies;
        byCode = agencies.ToDictionary(a => a.Code, StringComparer.Ordinal);
        successorOf = agencies
            .SelectMany(successor => successor.Replaces.Select(old => (old, successor)))
            .ToDictionary(p => p.old, p => p.successor, StringComparer.Ordinal);
    }

    public Province Province { get; }

    public IReadOnlyList<AgencyGroup> Groups { get; }

    public IReadOnlyList<Agency> Agencies { get; }

    public Agency? Find(string code) => byCode.GetValueOrDefault(code);

    /// <summary>
    /// The agency a code typed by a person names: the code itself, else the one agency whose code differs from it only
    /// in letter case or surrounding spaces ("baols " in a cell is BAOLS); null when none or more than one does.
    /// </summary>
    public Agency? FindAsTyped(string code)
    {
        var trimmed = code.Trim();
        if (Find(trimmed) is { } exact)
        {
            return exact;
        }

        var matches = Agencies.Where(a => string.Equals(a.Code, trimmed, StringComparison.OrdinalIgnoreCase)).Take(2).ToList();
        return matches.Count == 1 ? matches[0] : null;
    }

    public Agency this[string code] => byCode[code];

    public AgencyGroup GroupOf(Agency agency) => Groups.First(g => g.Code == agency.Group);

    /// <summary>Agencies that existed during the period and so were expected to report on it.</summary>
    public IEnumerable<Agency> ActiveDuring(PeriodId period) => Agencies.Where(a => a.IsActiveDuring(period));

    /// <summary>
    /// The agency that carries <paramref name="code"/>'s figures in a report whose structure is that of
    /// <paramref name="structureDate"/>: itself when still active then, else its successor, followed to the end.
    /// </summary>
    public Agency CarriedBy(string code, DateOnly structureDate)
    {
        var agency = byCode[code];
        while (agency.ActiveUntil is { } until && until < structureDate && successorOf.TryGetValue(agency.Code, out var next))
        {
            agency = next;
        }

        return agency;
    }

    /// <summary>Agencies whose figures are carried by <paramref name="successor"/> (all generations).</summary>
    public IReadOnlyList<Agency> PredecessorsOf(Agency successor) =>
        successor.Replaces.Select(c => byCode[c]).SelectMany(p => PredecessorsOf(p).Prepend(p)).ToList();
}
