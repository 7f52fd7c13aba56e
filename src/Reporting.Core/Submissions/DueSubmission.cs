using Reporting.Core.Agencies;
using Reporting.Core.Periods;

namespace Reporting.Core.Submissions;

/// <summary>A submission an agency owes and has not sent: its deadline and the days left until it (negative once overdue).</summary>
public sealed record DueSubmission(Agency Agency, PeriodId Period, DateOnly Due, int DaysLeft)
{
    public bool Overdue => DaysLeft < 0;
}
