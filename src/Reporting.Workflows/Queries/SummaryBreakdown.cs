using Reporting.Core.Aggregation;
using Reporting.Core.Summary;

namespace Reporting.Workflows.Queries;

/// <summary>A summary's rows at one level (<see cref="AggregateDetail"/>), with the summary they were compared in.</summary>
public sealed record SummaryBreakdown(PeriodSummary Summary, AggregateDetail Detail, IReadOnlyList<LevelRow> Rows);
