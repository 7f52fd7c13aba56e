using Reporting.Core.Periods;

namespace Reporting.Workflows;

/// <summary>What a kept figure is of: its kind (summary, completeness), its period and what it depends on besides the data.</summary>
/// <param name="Today">For figures that change with the day (deadlines passed); null for the others.</param>
public sealed record FigureKey(string Kind, PeriodId Period, PeriodId? Compare = null, DateOnly? Today = null);
