using Reporting.Core.Aggregation;
using Reporting.Core.Periods;
using Reporting.Core.Review;
using Reporting.Core.Submissions;
using Reporting.Core.Summary;

namespace Reporting.Workflows.Queries;

/// <summary>A period compared with another, from the database's current submissions.</summary>
public sealed class SummaryQuery(ReportingWorkspace workspace)
{
    /// <summary>
    /// The summary from the roll-ups stored on import: figures without their sources (<see cref="Figure.Sources"/> is
    /// empty, <see cref="Figure.SourceCount"/> says how many there are). With <paramref name="withCells"/>, from the
    /// values themselves, each figure carrying the values and cells it came from (for traces): the same figures, slower.
    /// </summary>
    /// <param name="detail">The province's figures, or the groups' and agencies' as well (a breakdown, the workbook).</param>
    public async Task<PeriodSummary> BuildAsync(
        PeriodId period, PeriodId? compare = null, bool withCells = false, AggregateDetail detail = AggregateDetail.Province, CancellationToken cancellationToken = default)
    {
        var comparePeriod = compare ?? period.SamePeriodLastYear;
        var builder = new SummaryBuilder(workspace.Catalog, workspace.Agencies);
        if (withCells)
        {
            return builder.Build(await ValuesAsync([period, comparePeriod], withCells, cancellationToken), period, comparePeriod);
        }

        // Each period's roll-ups on a connection of its own, at the same time: reading is most of the cost.
        var rollups = workspace.Submissions.Rollups;
        // (SQLite reads synchronously, so the other thread starts first.)
        var previous = Task.Run(() => rollups.ReadOnOwnConnectionAsync(comparePeriod, cancellationToken), cancellationToken);
        var current = rollups.ReadAsync(period, cancellationToken);
        return builder.Build(await current, await previous, detail);
    }

    /// <summary>
    /// The summary from accepted submissions only: the period's figures count the current versions an analyst accepted
    /// and nothing else (a version waiting for review or returned is left out); the compare period's, reported and
    /// reviewed long before, are the usual ones.
    /// </summary>
    public async Task<PeriodSummary> BuildAcceptedOnlyAsync(PeriodId period, PeriodId? compare = null, AggregateDetail detail = AggregateDetail.Province, CancellationToken cancellationToken = default)
    {
        var comparePeriod = compare ?? period.SamePeriodLastYear;
        var values = await ValuesAsync([period, comparePeriod], withCells: false, cancellationToken);
        var accepted = (await workspace.Submissions.SubmissionsAsync(period.FirstMonth, period.LastMonth, cancellationToken: cancellationToken))
            .Where(s => s.State == SubmissionState.Accepted)
            .Select(s => s.Id)
            .ToHashSet();
        var current = new ValueIndex(values.Where(v => accepted.Contains(v.SubmissionId)));
        return new SummaryBuilder(workspace.Catalog, workspace.Agencies).Build(current.RollupsFor(period), new ValueIndex(values).RollupsFor(comparePeriod), detail);
    }

    /// <summary>
    /// The period against the compare period at a level: the province's rows, or each group's or agency's compared
    /// (<see cref="SummaryBuilder.RowsBy"/>), with the summary they come from (its periods and notes). The province's
    /// alone are kept in the database for the next command (<see cref="KeptProvinceSummary"/>): they carry no roll-ups.
    /// </summary>
    /// <param name="acceptedOnly">From accepted submissions only (<see cref="BuildAcceptedOnlyAsync"/>).</param>
    public async Task<SummaryBreakdown> BreakdownAsync(PeriodId period, PeriodId? compare, AggregateDetail detail, bool acceptedOnly = false, CancellationToken cancellationToken = default)
    {
        var summary = (acceptedOnly, detail) switch
        {
            (true, _) => await BuildAcceptedOnlyAsync(period, compare, detail, cancellationToken),
            (false, AggregateDetail.Province) => await new KeptProvinceSummary(workspace).BuildAsync(period, compare ?? period.SamePeriodLastYear, cancellationToken),
            _ => await BuildAsync(period, compare, detail: detail, cancellationToken: cancellationToken),
        };
        // The agency list only for groups: a province summary found kept need not read it (see ProvinceCatalog).
        var rows = new SummaryBuilder(workspace.Catalog, detail == AggregateDetail.Groups ? workspace.Agencies : null).RowsBy(summary, detail).ToList();
        return new SummaryBreakdown(summary, detail, rows);
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
