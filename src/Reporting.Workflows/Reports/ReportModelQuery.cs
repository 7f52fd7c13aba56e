using Reporting.Core.Aggregation;
using Reporting.Core.Catalog;
using Reporting.Core.Completeness;
using Reporting.Core.Periods;
using Reporting.Core.Reports;
using Reporting.Core.Submissions;
using Reporting.Core.Summary;
using Reporting.Workflows.Queries;

namespace Reporting.Workflows.Reports;

/// <summary>Gathers everything a report shows for a period from the database.</summary>
public sealed class ReportModelQuery(ReportingWorkspace workspace)
{
    /// <param name="acceptedOnly">The period's figures from accepted submissions only (<see cref="SummaryQuery.BuildAcceptedOnlyAsync"/>).</param>
    public async Task<ReportModel> BuildAsync(PeriodId period, PeriodId? compare, Language language, bool acceptedOnly = false, CancellationToken cancellationToken = default)
    {
        var model = await GatherAsync(period, compare, language, acceptedOnly, cancellationToken);

        // The caller goes on from a fresh stack. Without this it would run inline inside the frames of whichever read
        // finished last, whose state machines still hold the stored roll-ups of every agency: the writers would carry
        // them (dotnet-dump's gcroot showed it) though the model no longer refers to them.
        await Task.Yield();
        return model;
    }

    private async Task<ReportModel> GatherAsync(PeriodId period, PeriodId? compare, Language language, bool acceptedOnly, CancellationToken cancellationToken)
    {
        var summary = acceptedOnly
            ? await new SummaryQuery(workspace).BuildAcceptedOnlyAsync(period, compare, AggregateDetail.Agencies, cancellationToken)
            : await new SummaryQuery(workspace).BuildAsync(period, compare, detail: AggregateDetail.Agencies, cancellationToken: cancellationToken);

        // The trend's periods are read one at a time on connections of their own (one indicator's roll-ups in memory at
        // a time) while the values and submissions are read on the context's: two cores, at the same time.
        var trendRead = Task.Run(() => new TrendQuery(workspace).BuildAsync(summary, atOnce: 1, cancellationToken), cancellationToken);
        var traced = await new TracedValuesQuery(workspace).BuildAsync(summary, cancellationToken: cancellationToken);

        // Superseded versions too: the first version of a submission decides whether it was on time.
        var versions = await workspace.Submissions.SubmissionsAsync(period.FirstMonth, period.LastMonth, includeSuperseded: true, cancellationToken);
        var submissions = versions.Where(s => s.IsCurrent).ToList();
        var (summaryFigures, trend) = WithoutContributions(summary, await trendRead);
        var missing = SubmissionSchedule.Missing(workspace.Agencies, period, submissions.Select(s => (s.AgencyCode, s.Period)));
        var clock = workspace.Clock;
        DateOnly? newest = submissions.Count == 0 ? null : clock.DayOf(submissions.Max(s => s.ReceivedAt));
        var timeliness = CompletenessCheck.Of(workspace.Agencies, workspace.Calendar, period, versions, clock);
        return new ReportModel(workspace.Catalog, workspace.Agencies, summaryFigures, trend, missing, submissions, clock.Today, newest, language, traced, timeliness);
    }

    /// <summary>
    /// Once the values behind the figures are traced, the figures are all the writers need: the agencies' roll-ups
    /// behind them, most of the memory, go (in the trend too, which shares the summary's two periods).
    /// </summary>
    private static (PeriodSummary Summary, IReadOnlyList<PeriodAggregate> Trend) WithoutContributions(PeriodSummary summary, IReadOnlyList<PeriodAggregate> trend)
    {
        var lean = summary.WithoutContributions();
        var leanTrend = trend.Select(a => ReferenceEquals(a, summary.Current) ? lean.Current : ReferenceEquals(a, summary.Compare) ? lean.Compare : a).ToList();
        return (lean, leanTrend);
    }
}
