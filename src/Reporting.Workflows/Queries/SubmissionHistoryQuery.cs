using Reporting.Core.Periods;
using Reporting.Core.Submissions;

namespace Reporting.Workflows.Queries;

/// <summary>Stored versions as `reporting submissions` and the portal's submission pages list them, superseded ones included.</summary>
public sealed class SubmissionHistoryQuery(ReportingWorkspace workspace)
{
    /// <summary>One stored version, or null when there is none with that id.</summary>
    public Task<SubmissionInfo?> SubmissionAsync(long id, CancellationToken cancellationToken = default) =>
        workspace.Submissions.SubmissionAsync(id, cancellationToken);

    /// <summary>Every version of submissions whose period lies between the months (superseded ones when asked).</summary>
    public Task<IReadOnlyList<SubmissionInfo>> BetweenAsync(YearMonth from, YearMonth to, bool includeSuperseded, CancellationToken cancellationToken = default) =>
        workspace.Submissions.SubmissionsAsync(from, to, includeSuperseded, cancellationToken);

    /// <summary>Every version an agency sent.</summary>
    public Task<IReadOnlyList<SubmissionInfo>> OfAgencyAsync(string agencyCode, CancellationToken cancellationToken = default) =>
        workspace.Submissions.SubmissionsOfAgencyAsync(agencyCode, cancellationToken);

    /// <summary>The versions received last, newest first.</summary>
    public Task<IReadOnlyList<SubmissionInfo>> LatestAsync(int count, CancellationToken cancellationToken = default) =>
        workspace.Submissions.LatestAsync(count, cancellationToken);

    /// <summary>A version's rows in the sheet's order, empty ones too.</summary>
    public Task<IReadOnlyList<StoredRow>> RowsOfAsync(long id, CancellationToken cancellationToken = default) =>
        workspace.Submissions.RowsOfAsync(id, cancellationToken);

    /// <summary>A version's values that hold a number.</summary>
    public Task<IReadOnlyList<ReportedValue>> ValuesOfAsync(long id, CancellationToken cancellationToken = default) =>
        workspace.Submissions.ValuesOfAsync(id, cancellationToken);

    /// <summary>The last month any stored submission covers; null when nothing is stored.</summary>
    public Task<YearMonth?> LatestMonthAsync(CancellationToken cancellationToken = default) =>
        workspace.Submissions.LatestMonthAsync(cancellationToken);
}
