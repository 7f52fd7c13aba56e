using Reporting.Core.Periods;

namespace Reporting.Workflows.Queries;

/// <summary>Which periods a person is offered, and which one a page shows when none is asked for.</summary>
public sealed class PeriodsQuery(ReportingWorkspace workspace)
{
    /// <summary>
    /// Every period (months, quarters, halves, nine months, years) of the years from the first data to this year on the
    /// province's clock, that has begun by this month or by the latest month with data, newest year first.
    /// </summary>
    public async Task<IReadOnlyList<PeriodId>> OfferedAsync(CancellationToken cancellationToken = default)
    {
        var now = ThisMonth();
        var first = await workspace.Submissions.EarliestMonthAsync(cancellationToken) is { } earliest && earliest < now ? earliest : now;
        var last = await workspace.Submissions.LatestMonthAsync(cancellationToken) is { } latest && latest > now ? latest : now;
        return PeriodId.Between(first, last);
    }

    /// <summary>The half-year of the latest data (the six-month report), else this half-year.</summary>
    public async Task<PeriodId> DefaultAsync(CancellationToken cancellationToken = default)
    {
        var latest = await workspace.Submissions.LatestMonthAsync(cancellationToken) ?? ThisMonth();
        return new PeriodId(PeriodKind.HalfYear, latest.Year, latest.Month <= 6 ? 1 : 2);
    }

    private YearMonth ThisMonth() => new(workspace.Clock.Today.Year, workspace.Clock.Today.Month);
}
