using Reporting.Core.Aggregation;
using Reporting.Core.Catalog;
using Reporting.Core.Periods;
using Reporting.Core.Reports;
using Reporting.Core.Submissions;
using Reporting.Workflows.Queries;

namespace Reporting.Workflows.Reports;

/// <summary>Gathers everything a report shows for a period from the database.</summary>
public sealed class ReportModelQuery(ReportingWorkspace workspace)
{
    public async Task<ReportModel> BuildAsync(PeriodId period, PeriodId? compare, Language language, CancellationToken cancellationToken = default)
    {
        var summary = await new SummaryQuery(workspace).BuildAsync(period, compare, detail: AggregateDetail.Agencies, cancellationToken: cancellationToken);

        // The trend's periods are read one at a time on connections of their own (one period's roll-ups in memory at
        // once) while the values and submissions are read on the context's: two cores, at the same time.
        var trendRead = Task.Run(() => new TrendQuery(workspace).BuildAsync(summary, atOnce: 1, cancellationToken), cancellationToken);
        var traced = await new TracedValuesQuery(workspace).BuildAsync(summary, cancellationToken: cancellationToken);
        var submissions = await workspace.Submissions.SubmissionsAsync(period.FirstMonth, period.LastMonth, cancellationToken: cancellationToken);
        var trend = await trendRead;
        var missing = SubmissionSchedule.Missing(workspace.Agencies, period, submissions.Select(s => (s.AgencyCode, s.Period)));
        var issuedOn = DateOnly.FromDateTime(workspace.Time.GetLocalNow().DateTime);
        return new ReportModel(workspace.Catalog, workspace.Agencies, summary, trend, missing, submissions, issuedOn, language, traced);
    }
}
