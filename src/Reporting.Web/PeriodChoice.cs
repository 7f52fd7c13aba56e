using Reporting.Core.Periods;
using Reporting.Workflows;
using Reporting.Workflows.Queries;

namespace Reporting.Web;

/// <summary>
/// The period a page shows and the periods its form offers. A period typed wrong (2026-H3, abc) is not replaced by
/// another in silence: <see cref="Rejected"/> holds what was typed, and the page says so instead of showing figures.
/// </summary>
/// <param name="Period">The period asked for; when none (or a wrong one) was, the half-year of the latest data.</param>
/// <param name="Offered">The periods the form lists (see <see cref="PeriodsQuery.OfferedAsync"/>), <paramref name="Period"/> among them.</param>
/// <param name="Rejected">The text asked for when it is no period; null otherwise.</param>
public sealed record PeriodChoice(PeriodId Period, IReadOnlyList<PeriodId> Offered, string? Rejected)
{
    public static async Task<PeriodChoice> ResolveAsync(string? asked, ReportingWorkspace workspace, CancellationToken cancellationToken)
    {
        var periods = new PeriodsQuery(workspace);
        var offered = await periods.OfferedAsync(cancellationToken);
        var parsed = Parse(asked, out var rejected);
        var period = parsed ?? await periods.DefaultAsync(cancellationToken);
        return new PeriodChoice(period, offered.Contains(period) ? offered : [period, .. offered], rejected);
    }

    /// <summary>The period typed; null when none was or it is no period (then <paramref name="rejected"/> is the text).</summary>
    public static PeriodId? Parse(string? asked, out string? rejected)
    {
        rejected = null;
        if (string.IsNullOrWhiteSpace(asked))
        {
            return null;
        }

        if (PeriodText.TryRead(asked.Trim(), out var period, out _))
        {
            return period;
        }

        rejected = asked;
        return null;
    }
}
