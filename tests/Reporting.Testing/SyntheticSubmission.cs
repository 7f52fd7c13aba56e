using Reporting.Core.Agencies;
using Reporting.Core.Periods;

namespace Reporting.Testing;

/// <summary>One agency's generated figures for one submission period.</summary>
public sealed record SyntheticSubmission(Agency Agency, PeriodId Period, IReadOnlyDictionary<string, decimal?> Values);
