using Reporting.Core.Agencies;
using Reporting.Core.Periods;
using Reporting.Core.Submissions;

namespace Reporting.Core.Completeness;

/// <summary>
/// Who has sent what they owe for a period, and when, against each submission's deadline. Agencies that owe nothing
/// for the period (a quarterly commune asked about one month) are left out rather than counted as on time.
/// </summary>
public static class CompletenessCheck
{
    /// <param name="versions">Every stored version in the period, superseded ones included (the first one decides timeliness).</param>
    /// <param name="clock">The province's clock: an unsent submission is missing once its deadline is past, a file is late by the day it arrived there.</param>
    public static IReadOnlyList<AgencyCompleteness> Of(AgencyDirectory agencies, PeriodCalendar calendar, PeriodId period, IEnumerable<SubmissionInfo> versions, ProvinceClock clock)
    {
        var byKey = ByAgencyAndPeriod(versions);
        return agencies.ActiveDuring(period)
            .Select(agency => For(agency, calendar, period, byKey, clock))
            .Where(a => a.Owed.Count > 0)
            .ToList();
    }

    /// <summary>
    /// <paramref name="list"/> (from <see cref="Of"/>) with the agencies of <paramref name="changed"/> checked again
    /// against <paramref name="theirVersions"/>, every stored version of theirs in the period: what an agency owes does
    /// not depend on what it sent, so the list keeps its agencies and order, and the others' rows are kept as they are.
    /// </summary>
    public static IReadOnlyList<AgencyCompleteness> Replacing(
        IReadOnlyList<AgencyCompleteness> list, IReadOnlySet<string> changed, PeriodCalendar calendar, PeriodId period, IEnumerable<SubmissionInfo> theirVersions, ProvinceClock clock)
    {
        var byKey = ByAgencyAndPeriod(theirVersions);
        return list.Select(a => changed.Contains(a.Agency.Code) ? For(a.Agency, calendar, period, byKey, clock) : a).ToList();
    }

    private static Dictionary<(string AgencyCode, PeriodId Period), List<SubmissionInfo>> ByAgencyAndPeriod(IEnumerable<SubmissionInfo> versions) =>
        versions.GroupBy(v => (v.AgencyCode, v.Period)).ToDictionary(g => g.Key, g => g.OrderBy(v => v.Version).ToList());

    private static AgencyCompleteness For(Agency agency, PeriodCalendar calendar, PeriodId period, Dictionary<(string, PeriodId), List<SubmissionInfo>> byKey, ProvinceClock clock) =>
        new(agency, SubmissionSchedule.Owed(agency, period)
            .Select(owed => Check(owed, calendar.Due(owed), byKey.GetValueOrDefault((agency.Code, owed)), clock, clock.Today))
            .ToList());

    private static OwedSubmission Check(PeriodId owed, DateOnly due, List<SubmissionInfo>? versions, ProvinceClock clock, DateOnly today)
    {
        if (versions is null || versions.Count == 0)
        {
            var overdue = today.DayNumber - due.DayNumber;
            return new OwedSubmission(owed, due, null, null, overdue > 0 ? SubmissionStatus.Missing : SubmissionStatus.NotYetDue, Math.Max(0, overdue));
        }

        var first = versions[0];
        var current = versions.LastOrDefault(v => v.IsCurrent) ?? versions[^1];
        var late = clock.DayOf(first.ReceivedAt).DayNumber - due.DayNumber;
        return new OwedSubmission(owed, due, first, current, late > 0 ? SubmissionStatus.Late : SubmissionStatus.OnTime, Math.Max(0, late));
    }
}
