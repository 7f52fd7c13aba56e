using Reporting.Core.Aggregation;
using Reporting.Core.Periods;

namespace Reporting.Core.Summary;

/// <summary>A period compared with another: what the summary command, the workbook and the PDF all show.</summary>
public sealed record PeriodSummary(
    PeriodId Period,
    PeriodId ComparePeriod,
    DateOnly StructureDate,
    PeriodAggregate Current,
    PeriodAggregate Compare,
    IReadOnlyList<SummaryRow> Rows)
{
    /// <summary>True when compare figures include agencies since merged into others.</summary>
    public bool CompareHasCarriedFigures => Compare.HasCarriedFigures;

    /// <summary>The same summary without the roll-ups behind its figures (<see cref="PeriodAggregate.WithoutContributions"/>).</summary>
    public PeriodSummary WithoutContributions()
    {
        var (current, compare) = (Current.WithoutContributions(), Compare.WithoutContributions());
        var rows = Rows.Select(r => r with { Current = current.Province(r.Indicator.Code), Compare = compare.Province(r.Indicator.Code) }).ToList();
        return this with { Current = current, Compare = compare, Rows = rows };
    }
}
