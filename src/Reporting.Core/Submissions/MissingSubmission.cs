using Reporting.Core.Agencies;
using Reporting.Core.Periods;

namespace Reporting.Core.Submissions;

/// <summary>An agency that owes submissions for a period, and which ones.</summary>
public sealed record MissingSubmission(Agency Agency, IReadOnlyList<PeriodId> MissingPeriods);
