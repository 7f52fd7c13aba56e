namespace Reporting.Data.FastPaths;

/// <summary>Which stored values a read wants: each provider's path turns it into its own query.</summary>
/// <param name="CurrentOnly">Only the current version of each agency's report for a period.</param>
/// <param name="AgencyCode">Only this agency's.</param>
/// <param name="FromMonth">Only submissions whose first month is this one or later (<c>YearMonth.Index</c>).</param>
/// <param name="ToMonth">Only submissions whose last month is this one or earlier.</param>
/// <param name="SubmissionId">Only this stored version.</param>
internal sealed record ValueFilter(bool CurrentOnly = true, string? AgencyCode = null, int? FromMonth = null, int? ToMonth = null, long? SubmissionId = null);
