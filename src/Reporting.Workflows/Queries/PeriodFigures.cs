using Reporting.Core.Aggregation;
using Reporting.Core.Summary;

namespace Reporting.Workflows.Queries;

/// <summary>A period's province figures against its compare period, and the trend leading up to it (the period page).</summary>
/// <param name="Trend">Oldest first, ending with the summary's period (see <see cref="TrendQuery"/>).</param>
public sealed record PeriodFigures(PeriodSummary Summary, IReadOnlyList<PeriodAggregate> Trend);
