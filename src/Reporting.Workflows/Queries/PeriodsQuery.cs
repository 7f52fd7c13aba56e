using Reporting.Core.Periods;
using Reporting.Data;
using Reporting.Data.Entities;

namespace Reporting.Workflows.Queries;

/// <summary>Which periods a person is offered, and which one a page shows when none is asked for.</summary>
public sealed class PeriodsQuery(ReportingWorkspace workspace)
{
    /// <summary>What the process's <see cref="FigureCache"/> keeps the first and last months with data as.</summary>
    public const string MonthsKind = "data-months";

    /// <summary>
    /// Every period (months, quarters, halves, nine months, years) of the years from the first data to this year on the
    /// province's clock, that has begun by this month or by the latest month with data, newest year first.
    /// </summary>
    public async Task<IReadOnlyList<PeriodId>> OfferedAsync(CancellationToken cancellationToken = default)
    {
        var now = ThisMonth();
        var months = await DataMonthsAsync(cancellationToken);
        var first = months.First is { } earliest && earliest < now ? earliest : now;
        var last = months.Last is { } latest && latest > now ? latest : now;
        return PeriodId.Between(first, last);
    }

    /// <summary>The half-year of the latest data (the six-month report), else this half-year.</summary>
    public async Task<PeriodId> DefaultAsync(CancellationToken cancellationToken = default)
    {
        var latest = await LatestMonthAsync(cancellationToken) ?? ThisMonth();
        return new PeriodId(PeriodKind.HalfYear, latest.Year, latest.Month <= 6 ? 1 : 2);
    }

    /// <summary>The last month any stored submission covers; null for an empty database.</summary>
    public async Task<YearMonth?> LatestMonthAsync(CancellationToken cancellationToken = default) => (await DataMonthsAsync(cancellationToken)).Last;

    /// <summary>
    /// The first and last months any stored submission covers, kept per state of the data: every portal page asks, and
    /// MIN and MAX over the submissions walk an index of 116,800 rows at 5,000 agencies (an index on the months alone
    /// would answer at once, but SQLite then took it for every range over the months, five times slower). Versions are
    /// never deleted, so a stored submission can only widen them: kept months follow each one without a query.
    /// </summary>
    private async Task<DataMonths> DataMonthsAsync(CancellationToken cancellationToken)
    {
        // Of every month: any stored submission may widen them.
        var everyMonth = new FigureKey(MonthsKind, new PeriodId(PeriodKind.Year, 2000, 1)) { From = new YearMonth(1, 1), To = new YearMonth(9999, 12) };
        return await KeptFigure.OfAsync(
            workspace,
            everyMonth,
            async () => new DataMonths(await workspace.Submissions.EarliestMonthAsync(cancellationToken), await workspace.Submissions.LatestMonthAsync(cancellationToken)),
            (kept, changes) => Task.FromResult(kept.Widened(changes)),
            cancellationToken);
    }

    private YearMonth ThisMonth() => new(workspace.Clock.Today.Year, workspace.Clock.Today.Month);

    private sealed record DataMonths(YearMonth? First, YearMonth? Last)
    {
        public DataMonths Widened(IEnumerable<DataChange> changes)
        {
            var (first, last) = (First?.Index, Last?.Index);
            foreach (var change in changes)
            {
                first = first is { } f && f <= change.FirstMonth ? f : change.FirstMonth;
                last = last is { } l && l >= change.LastMonth ? l : change.LastMonth;
            }

            return new DataMonths(first is { } a ? YearMonth.FromIndex(a) : null, last is { } b ? YearMonth.FromIndex(b) : null);
        }
    }
}
