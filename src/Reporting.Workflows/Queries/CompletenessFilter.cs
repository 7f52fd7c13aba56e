using Reporting.Core.Completeness;

namespace Reporting.Workflows.Queries;

/// <summary>Which agencies of the completeness list a page shows, and which page of them.</summary>
/// <param name="Group">A group's code; null for every group.</param>
/// <param name="Status">Null for any status.</param>
/// <param name="Search">Part of an agency's code or name (Vietnamese or English), any case; null for every agency.</param>
/// <param name="Page">1 for the first page; a page past the last shows the last.</param>
/// <param name="PageSize">Rows per page: the default fits a province's 130 agencies on one page.</param>
public sealed record CompletenessFilter(string? Group = null, SubmissionStatus? Status = null, string? Search = null, int Page = 1, int PageSize = CompletenessFilter.DefaultPageSize)
{
    public const int DefaultPageSize = 200;

    public bool Matches(AgencyCompleteness row) =>
        (Group is null || row.Agency.Group == Group)
        && (Status is null || row.Status == Status)
        && (string.IsNullOrWhiteSpace(Search)
            || row.Agency.Code.Contains(Search.Trim(), StringComparison.OrdinalIgnoreCase)
            || row.Agency.Name.Contains(Search.Trim(), StringComparison.OrdinalIgnoreCase)
            || (row.Agency.NameEn?.Contains(Search.Trim(), StringComparison.OrdinalIgnoreCase) ?? false));
}
