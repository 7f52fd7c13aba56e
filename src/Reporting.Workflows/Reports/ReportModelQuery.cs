using Reporting.Core.Aggregation;
using Reporting.Core.Catalog;
using Reporting.Core.Periods;
using Reporting.Core.Reports;
using Reporting.Core.Summary;
using Reporting.Workflows.Queries;

namespace Reporting.Workflows.Reports;

/// <summary>Gathers everything a report shows for a period from the database.</summary>
public sealed class ReportModelQuery(ReportingWorkspace workspace)
{
    /// <summary>How many periods of the same kind the trend shows (12 for months).</summary>
    public static int TrendLength(PeriodId period) => period.Kind == PeriodKind.Month ? 12 : 6;

    public async Task<ReportModel> BuildAsync(PeriodId period, PeriodId? compare, Language language, CancellationToken cancellationToken = default)
    {
        var comparePeriod = compare ?? period.SamePeriodLastYear;
        var trendPeriods = period.Trend(TrendLength(period));
        var summaries = new SummaryQuery(workspace);
        var values = new ValueIndex(await summaries.ValuesAsync(trendPeriods.Append(comparePeriod), withCells: true, cancellationToken));

        var summary = new SummaryBuilder(workspace.Catalog, workspace.Agencies).Build(values, period, comparePeriod);
        var aggregator = new Aggregator(workspace.Catalog, workspace.Agencies);
        var trend = trendPeriods
            .Select(p => p == period ? summary.Current : p == comparePeriod ? summary.Compare : aggregator.Aggregate(values, p, summary.StructureDate))
            .ToList();
        var missing = await new MissingQuery(workspace).ListAsync(period, cancellationToken);
        var submissions = await workspace.Submissions.SubmissionsAsync(period.FirstMonth, period.LastMonth, cancellationToken: cancellationToken);
        var issuedOn = DateOnly.FromDateTime(workspace.Time.GetLocalNow().DateTime);
        return new ReportModel(workspace.Catalog, workspace.Agencies, summary, trend, missing, submissions, issuedOn, language);
    }
}
