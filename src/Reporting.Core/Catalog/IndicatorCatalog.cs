namespace Reporting.Core.Catalog;

/// <summary>The indicator catalog: every indicator, in catalog order, by group.</summary>
public sealed class IndicatorCatalog
{
    private readonly Dictionary<string, Indicator> byCode;

    public IndicatorCatalog(IReadOnlyList<IndicatorGroup> groups, IReadOnlyList<Indicator> indicators)
    {
        Groups = groups;
        Indicators = indicators;
        byCode = indicators.ToDictionary(i => i.Code, StringComparer.Ordinal);
    }

    public IReadOnlyList<IndicatorGroup> Groups { get; }

    public IReadOnlyList<Indicator> Indicators { get; }

    public Indicator this[string code] => byCode[code];

    public Indicator? Find(string code) => byCode.GetValueOrDefault(code);

    public IndicatorGroup GroupOf(Indicator indicator) => Groups.First(g => g.Code == indicator.Group);

    /// <summary>Derived indicators in an order where each comes after those its formula uses.</summary>
    public IEnumerable<Indicator> DerivedInDependencyOrder()
    {
        var done = new HashSet<string>(Indicators.Where(i => !i.IsDerived).Select(i => i.Code), StringComparer.Ordinal);
        var pending = Indicators.Where(i => i.IsDerived).ToList();
        while (pending.Count > 0)
        {
            var ready = pending.Where(i => i.Formula!.Codes.All(done.Contains)).ToList();
            if (ready.Count == 0)
            {
                throw new InvalidOperationException($"Derived indicators form a cycle: {string.Join(", ", pending.Select(p => p.Code))}");
            }

            foreach (var indicator in ready)
            {
                done.Add(indicator.Code);
                pending.Remove(indicator);
                yield return indicator;
            }
        }
    }
}
