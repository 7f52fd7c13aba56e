using Reporting.Core.Agencies;
using Reporting.Core.Completeness;

namespace Reporting.Workflows.Queries;

/// <summary>One submission an agency owes: its deadline and state (<see cref="OwedSubmission"/>) and the days left (negative: past).</summary>
public sealed record UpcomingDeadline(Agency Agency, OwedSubmission Owed, int DaysLeft);
