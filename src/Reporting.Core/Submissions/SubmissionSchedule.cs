using Reporting.Core.Agencies;
using Reporting.Core.Periods;

namespace Reporting.Core.Submissions;

/// <summary>Which submissions each agency owes for a period, by its frequency and the dates it existed.</summary>
public static class SubmissionSchedule
{
    /// <summary>The submission periods <paramref name="agency"/> owes inside <paramref name="period"/>.</summary>
    public static IReadOnlyList<PeriodId> Owed(Agency agency, PeriodId period) =>
        period.Months
            .Select(agency.SubmissionPeriodFor)
            .Distinct()
            .Where(p => period.Contains(p) && agency.IsActiveDuring(p))
            .ToList();

    /// <summary>Agencies with at least one owed submission that has not arrived, in directory order.</summary>
    public static IReadOnlyList<MissingSubmission> Missing(
        AgencyDirectory directory,
        PeriodId period,
        IEnumerable<(string AgencyCode, PeriodId Period)> received)
    {
        var have = received.ToHashSet();
        return directory.ActiveDuring(period)
            .Select(a => new MissingSubmission(a, Owed(a, period).Where(p => !have.Contains((a.Code, p))).ToList()))
            .Where(m => m.MissingPeriods.Count > 0)
            .ToList();
    }
}
