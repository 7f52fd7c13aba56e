using Reporting.Core.Periods;

namespace Reporting.Workflows.Import;

/// <summary>How to import: <paramref name="DryRun"/> validates without storing; agency and period are needed for CSV files.</summary>
public sealed record ImportOptions(bool DryRun = false, string? Agency = null, PeriodId? Period = null);
