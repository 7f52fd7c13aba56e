using Reporting.Core.Periods;
using Reporting.Data.Entities;

namespace Reporting.Workflows;

/// <summary>What a kept figure is of: its kind (summary, completeness), its period and what it depends on besides the data.</summary>
/// <param name="Today">For figures that change with the day (deadlines passed); null for the others.</param>
/// <param name="StructureDate">For figures aggregated over agencies as they stood on a date other than the period's end.</param>
public sealed record FigureKey(string Kind, PeriodId Period, PeriodId? Compare = null, DateOnly? Today = null, DateOnly? StructureDate = null)
{
    /// <summary>The first month whose submissions the figure is made of: the period's unless widened (a trend's earlier periods).</summary>
    public YearMonth From { get; init; } = Period.FirstMonth;

    /// <summary>The last month whose submissions the figure is made of.</summary>
    public YearMonth To { get; init; } = Period.LastMonth;

    /// <summary>
    /// Whether a step of the reporting cycle (a version accepted or returned, a period issued or reopened) may change the
    /// figure: true unless it counts every current version whatever its review or lock (the province's figures from the
    /// roll-ups), which no such step moves.
    /// </summary>
    public bool MovedByCycle { get; init; } = true;

    /// <summary>Whether a stored submission of those months may change the figure.</summary>
    public bool IsTouchedBy(DataChange change) => change.Touches(From, To);
}
