using Reporting.Core.Completeness;

namespace Reporting.Workflows.Queries;

/// <summary>One page of the completeness list, with the whole period's list for counts (tiles, groups).</summary>
/// <param name="All">Every agency that owes the period something, unfiltered.</param>
/// <param name="Rows">The page's rows: most urgent status first, then by code.</param>
/// <param name="Matching">How many agencies the filter matches, on every page.</param>
/// <param name="Page">The page shown (1-based), within 1..<paramref name="PageCount"/>.</param>
public sealed record CompletenessPage(IReadOnlyList<AgencyCompleteness> All, IReadOnlyList<AgencyCompleteness> Rows, int Matching, int Page, int PageCount, int FirstRow)
{
    public static CompletenessPage Of(IReadOnlyList<AgencyCompleteness> all, CompletenessFilter filter)
    {
        var matching = all.Where(filter.Matches).OrderByDescending(a => a.Status).ThenBy(a => a.Agency.Code, StringComparer.Ordinal).ToList();
        var size = Math.Max(1, filter.PageSize);
        var pageCount = Math.Max(1, (matching.Count + size - 1) / size);
        var page = Math.Clamp(filter.Page, 1, pageCount);
        return new CompletenessPage(all, matching.Skip((page - 1) * size).Take(size).ToList(), matching.Count, page, pageCount, ((page - 1) * size) + 1);
    }
}
