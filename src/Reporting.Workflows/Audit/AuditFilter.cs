using Reporting.Core.Periods;

namespace Reporting.Workflows.Audit;

/// <summary>Which audit entries to list: each part optional; <paramref name="Since"/> is a day in the province's time zone.</summary>
public sealed record AuditFilter(PeriodId? Period = null, string? AgencyCode = null, DateOnly? Since = null);
