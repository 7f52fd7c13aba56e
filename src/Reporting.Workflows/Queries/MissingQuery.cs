using Reporting.Core.Periods;
using Reporting.Core.Submissions;

namespace Reporting.Workflows.Queries;

/// <summary>Agencies that owe submissions: for a period, or for every period due soon, each with its deadline.</summary>
public sealed class MissingQuery(ReportingWorkspace workspace)
{
    public async Task<IReadOnlyList<MissingSubmission>> ListAsync(PeriodId period, CancellationToken cancellationToken = default)
    {
        var received = await workspace.Submissions.SubmissionsAsync(period.FirstMonth, period.LastMonth, cancellationToken: cancellationToken);
        return SubmissionSchedule.Missing(workspace.Agencies, period, received.Select(s => (s.AgencyCode, s.Period)));
    }

    /// <summary>Every owed submission inside <paramref name="period"/> that has not arrived, with its deadline (overdue ones too).</summary>
    public async Task<IReadOnlyList<DueSubmission>> OwedAsync(PeriodId period, CancellationToken cancellationToken = default)
    {
        var today = workspace.Clock.Today;
        return (await ListAsync(period, cancellationToken))
            .SelectMany(m => m.MissingPeriods.Select(p => Owed(m.Agency, p, today)))
            .ToList();
    }

    /// <summary>
    /// Every submission not yet sent whose deadline falls from today to <paramref name="days"/> days ahead on the
    /// province's clock, soonest first: who to remind before a deadline.
    /// </summary>
    public async Task<IReadOnlyList<DueSubmission>> DueWithinAsync(int days, CancellationToken cancellationToken = default)
    {
        var today = workspace.Clock.Today;
        var last = today.AddDays(days);
        var thisMonth = new YearMonth(today.Year, today.Month);

        // A deadline is never more than a year after the period's last month: the periods agencies submit (by their
        // frequency) for the months around today are every candidate.
        var periods = Enumerable.Range(-13, 15)
            .Select(thisMonth.AddMonths)
            .SelectMany(month => workspace.Agencies.Agencies.Select(a => a.SubmissionPeriodFor(month)))
            .Distinct()
            .Where(p => workspace.Calendar.Due(p) >= today && workspace.Calendar.Due(p) <= last)
            .ToList();
        var due = new List<DueSubmission>();
        foreach (var period in periods)
        {
            var received = (await workspace.Submissions.SubmissionsAsync(period.FirstMonth, period.LastMonth, cancellationToken: cancellationToken))
                .Select(s => (s.AgencyCode, s.Period))
                .ToHashSet();
            due.AddRange(workspace.Agencies.ActiveDuring(period)
                .Where(a => a.SubmissionPeriodFor(period.LastMonth) == period && !received.Contains((a.Code, period)))
                .Select(a => Owed(a, period, today)));
        }

        return due.OrderBy(d => d.Due).ThenBy(d => d.Period.ToString(), StringComparer.Ordinal).ThenBy(d => d.Agency.Code, StringComparer.Ordinal).ToList();
    }

    private DueSubmission Owed(Core.Agencies.Agency agency, PeriodId period, DateOnly today)
    {
        var due = workspace.Calendar.Due(period);
        return new DueSubmission(agency, period, due, due.DayNumber - today.DayNumber);
    }
}
