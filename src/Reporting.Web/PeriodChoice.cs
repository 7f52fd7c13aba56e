using Reporting.Core.Periods;
using Reporting.Workflows;

namespace Reporting.Web;

/// <summary>The period a page shows: the one asked for, else the half-year of the latest data (the six-month report).</summary>
internal static class PeriodChoice
{
    public static async Task<PeriodId> ResolveAsync(string? asked, ReportingWorkspace workspace, CancellationToken cancellationToken)
    {
        if (PeriodId.TryParse(asked, out var period, out _))
        {
            return period;
        }

        var today = workspace.Clock.Today;
        var latest = await workspace.Submissions.LatestMonthAsync(cancellationToken) ?? new YearMonth(today.Year, today.Month);
        return new PeriodId(PeriodKind.HalfYear, latest.Year, latest.Month <= 6 ? 1 : 2);
    }
}
