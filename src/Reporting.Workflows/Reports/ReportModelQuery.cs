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
    /// <summary>How many periods of the same kind the trend shows (12 for months).</summary>
    public static int TrendLength(PeriodId period) => period.Kind == PeriodKind.Month ? 12 : 6;

    public async Task<ReportModel> BuildAsync(PeriodId period, PeriodId? compare, Language language, CancellationToken cancellationToken = default)
    {
        var summary = await new SummaryQuery(workspace).BuildAsync(period, compare, cancellationToken: cancellationToken);
        var aggregator = new Aggregator(workspace.Catalog, workspace.Agencies);
        var trend = new List<PeriodAggregate>();
        foreach (var p in period.Trend(TrendLength(period)))
        {
            trend.Add(p == period ? summary.Current : p == summary.ComparePeriod ? summary.Compare
                : aggregator.AggregateProvince(await workspace.Submissions.Rollups.ReadAsync(p, cancellationToken), summary.StructureDate));
        }

        var traced = await new TracedValuesQuery(workspace).BuildAsync(summary, cancellationToken);
        var submissions = await workspace.Submissions.SubmissionsAsync(period.FirstMonth, period.LastMonth, cancellationToken: cancellationToken);
        var missing = SubmissionSchedule.Missing(workspace.Agencies, period, submissions.Select(s => (s.AgencyCode, s.Period)));
        var issuedOn = DateOnly.FromDateTime(workspace.Time.GetLocalNow().DateTime);
        return new ReportModel(workspace.Catalog, workspace.Agencies, summary, trend, missing, submissions, issuedOn, language, traced);
    }
}
