using Reporting.Core.Periods;
using Reporting.Core.Submissions;
using Reporting.Core.Summary;

namespace Reporting.Workflows.Queries;

/// <summary>A period compared with another, from the database's current submissions.</summary>
public sealed class SummaryQuery(ReportingWorkspace workspace)
{
    /// <param name="withCells">Whether figures' sources carry their cells (for traces).</param>
    public async Task<PeriodSummary> BuildAsync(PeriodId period, PeriodId? compare = null, bool withCells = false, CancellationToken cancellationToken = default)
    {
        var comparePeriod = compare ?? period.SamePeriodLastYear;
        var values = await ValuesAsync([period, comparePeriod], withCells, cancellationToken);
        return new SummaryBuilder(workspace.Catalog, workspace.Agencies).Build(values, period, comparePeriod);
    }

    /// <summary>Current values of every submission inside any of the periods (each range read once).</summary>
    public async Task<IReadOnlyCollection<ReportedValue>> ValuesAsync(IEnumerable<PeriodId> periods, bool withCells = false, CancellationToken cancellationToken = default)
    {
        var values = new List<ReportedValue>();
        foreach (var range in MergeRanges(periods))
        {
            values.AddRange(await workspace.Submissions.CurrentValuesAsync(range.From, range.To, withCells, cancellationToken));
        }

        return values;
    }

    private static List<(YearMonth From, YearMonth To)> MergeRanges(IEnumerable<PeriodId> periods)
    {
        var merged = new List<(YearMonth From, YearMonth To)>();
        foreach (var p in periods.OrderBy(p => p.FirstMonth))
        {
            if (merged.Count > 0 && p.FirstMonth <= merged[^1].To.AddMonths(1))
            {
                merged[^1] = (merged[^1].From, p.LastMonth > merged[^1].To ? p.LastMonth : merged[^1].To);
            }
            else
            {
                merged.Add((p.FirstMonth, p.LastMonth));
            }
        }

        return merged;
    }
}
