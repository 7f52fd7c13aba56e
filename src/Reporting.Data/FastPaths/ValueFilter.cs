namespace Reporting.Data.FastPaths;

/// <summary>Which stored values a read wants: each provider's path turns it into its own query.</summary>
/// <param name="CurrentOnly">Only the current version of each agency's report for a period.</param>
/// <param name="AgencyCode">Only this agency's.</param>
/// <param name="FromMonth">Only submissions whose first month is this one or later (<c>YearMonth.Index</c>).</param>
/// <param name="ToMonth">Only submissions whose last month is this one or earlier.</param>
/// <param name="SubmissionId">Only this stored version.</param>
internal sealed record ValueFilter(bool CurrentOnly = true, string? AgencyCode = null, int? FromMonth = null, int? ToMonth = null, long? SubmissionId = null)
{
    /// <summary>
    /// Whether the values come as stored (by version, then as its file listed them): one version's do, which
    /// `reporting submissions --id` shows in its workbook's order. Many versions' come in no order promised, which spares
    /// the database a sort: on PostgreSQL, a period's at 5,000 agencies spilled to disk.
    /// </summary>
    public bool InOrderStored => SubmissionId is not null;
}
