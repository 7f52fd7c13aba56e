using Reporting.Core.Agencies;
using Reporting.Core.Completeness;
using Reporting.Core.Periods;

namespace Reporting.Workflows.Queries;

/// <summary>
/// A submitter's start page: the submissions its agencies owe around today, each with its deadline (the calendar's
/// working-day rule or the period's own), the days left and its state (sent on time, sent late, not yet sent, overdue).
/// </summary>
public sealed class UpcomingDeadlinesQuery(ReportingWorkspace workspace)
{
    /// <summary>How far back a deadline stays on the page, so a late or missing submission is not forgotten the day after.</summary>
    public const int PastDays = 45;

    /// <summary>How far ahead deadlines are shown.</summary>
    public const int AheadDays = 100;

    public async Task<IReadOnlyList<UpcomingDeadline>> ForAgenciesAsync(IReadOnlySet<string> agencyCodes, CancellationToken cancellationToken = default)
    {
        var today = workspace.Clock.Today;
        var thisMonth = new YearMonth(today.Year, today.Month);
        var agencies = workspace.Agencies.Agencies.Where(a => agencyCodes.Contains(a.Code)).ToList();
        var periods = agencies
            .SelectMany(a => Enumerable.Range(-6, 11).Select(i => (Agency: a, Period: a.SubmissionPeriodFor(thisMonth.AddMonths(i)))))
            .Distinct()
            .Where(x => x.Agency.IsActiveDuring(x.Period))
            .Where(x => workspace.Calendar.Due(x.Period).DayNumber - today.DayNumber is >= -PastDays and <= AheadDays)
            .ToList();
        if (periods.Count == 0)
        {
            return [];
        }

        var from = periods.Min(x => x.Period.FirstMonth);
        var to = periods.Max(x => x.Period.LastMonth);
        var versions = (await workspace.Submissions.SubmissionsAsync(from, to, includeSuperseded: true, cancellationToken))
            .Where(v => agencyCodes.Contains(v.AgencyCode))
            .ToList();
        var rows = new List<UpcomingDeadline>();
        foreach (var (agency, period) in periods)
        {
            var own = versions.Where(v => v.AgencyCode == agency.Code && v.Period == period).ToList();
            var owed = CompletenessCheck.Of(Only(agency), workspace.Calendar, period, own, workspace.Clock).Single().Owed.Single(o => o.Period == period);
            rows.Add(new UpcomingDeadline(agency, owed, owed.Due.DayNumber - today.DayNumber));
        }

        // A submission returned for correction first: the agency owes it again, whatever its deadline.
        return rows.OrderBy(r => r.IsReturned ? 0 : 1).ThenBy(r => r.Owed.Due).ThenBy(r => r.Agency.Code, StringComparer.Ordinal).ToList();
    }

    /// <summary>A directory of one agency, so the completeness rule is asked about exactly that agency.</summary>
    private AgencyDirectory Only(Agency agency) => new(workspace.Agencies.Province, workspace.Agencies.Groups, [agency with { Replaces = [] }]);
}
