using Reporting.Core.Periods;

namespace Reporting.Web;

/// <summary>A period list of a form (partial _PeriodSelect): the offered periods grouped by year, each by its id and name.</summary>
/// <param name="Name">The field's name and id.</param>
/// <param name="AnyPeriod">The first option's text, meaning "no period" (empty value); null when a period must be chosen.</param>
public sealed record PeriodSelect(string Name, PeriodId? Selected, IReadOnlyList<PeriodId> Offered, string? AnyPeriod = null)
{
    /// <summary>The offered periods with the selected one among them (a period asked for outside the data's years).</summary>
    public IEnumerable<IGrouping<int, PeriodId>> ByYear =>
        (Selected is { } s && !Offered.Contains(s) ? Offered.Prepend(s) : Offered).GroupBy(p => p.Year);
}
