using Reporting.Core.Issue;
using Reporting.Core.Submissions;

namespace Reporting.Data;

/// <summary>What storing a submission did.</summary>
/// <param name="Stored">False when the file is the current version already (nothing changed), or its period is locked.</param>
/// <param name="SupersededId">The earlier current version this one replaces, if any.</param>
/// <param name="RepeatsVersion">The earlier version the stored file is identical to, when an older file was sent again.</param>
/// <param name="Lock">The lock that refused the file (its period's, or one it lies within): nothing was stored.</param>
public sealed record SaveOutcome(long SubmissionId, int Version, bool Stored, long? SupersededId, int? RepeatsVersion = null, PeriodLock? Lock = null)
{
    /// <summary>Whether the version superseded held estimates (as a whole or some values): final figures may replace them.</summary>
    public bool SupersededHeldEstimates { get; init; }

    /// <summary>
    /// The agency's current values before this store (every period, cells not read), as read inside its transaction:
    /// the history a file's warnings compare it with (<see cref="Core.Validation.CheckedSubmission.HistoryWarnings"/>).
    /// </summary>
    public IReadOnlyList<ReportedValue> AgencyValuesBefore { get; init; } = [];

    public static SaveOutcome Refused(PeriodLock held) => new(0, 0, false, null, Lock: held);
}
