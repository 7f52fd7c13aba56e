using Reporting.Core.Audit;
using Reporting.Core.Review;
using Reporting.Data;
using Reporting.Data.Entities;
using Reporting.Workflows.Audit;

namespace Reporting.Workflows.Review;

/// <summary>
/// An analyst accepts or returns the current version of an agency's report (<see cref="ReviewRules"/> decides whether
/// it may), in one transaction with its audit entry and a raised data version, so cached figures that count only
/// accepted submissions are computed again.
/// </summary>
public sealed class SubmissionReview(ReportingWorkspace workspace)
{
    public Task<ReviewOutcome> AcceptAsync(long submissionId, Actor actor, CancellationToken cancellationToken = default) =>
        DecideAsync(submissionId, ReviewDecision.Accept, actor, null, [], cancellationToken);

    /// <param name="comments">Each on a cell (such as D7) or an indicator code of the version; the other is filled in from the version's rows.</param>
    public Task<ReviewOutcome> ReturnAsync(long submissionId, Actor actor, string reason, IReadOnlyList<ReviewComment> comments, CancellationToken cancellationToken = default) =>
        DecideAsync(submissionId, ReviewDecision.Return, actor, reason, comments, cancellationToken);

    private async Task<ReviewOutcome> DecideAsync(long id, ReviewDecision decision, Actor actor, string? reason, IReadOnlyList<ReviewComment> comments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        using (await workspace.Gates.CycleAsync(cancellationToken))
        {
            await using var transaction = await workspace.Db.Database.BeginTransactionAsync(cancellationToken);
            var version = await workspace.Submissions.SubmissionAsync(id, cancellationToken);
            if (version is null)
            {
                return new ReviewOutcome(null, ReviewRules.NotFound(id));
            }

            var period = version.Period.ToString();
            var locked = await new PeriodLockStore(workspace.Db).LockHoldingAsync(version.Period, cancellationToken);
            if (ReviewRules.Check(id, version.State, version.IsCurrent, decision, reason, locked?.Period) is { } refused)
            {
                return new ReviewOutcome(null, refused);
            }

            var resolved = new List<ReviewComment>();
            if (comments.Count > 0)
            {
                var rows = await workspace.Submissions.RowsOfAsync(id, cancellationToken);
                foreach (var comment in comments.Where(c => !string.IsNullOrWhiteSpace(c.Text)))
                {
                    var named = (comment.Cell ?? comment.IndicatorCode ?? string.Empty).Trim();
                    var row = rows.FirstOrDefault(r => string.Equals(r.Cell, named, StringComparison.OrdinalIgnoreCase) || string.Equals(r.IndicatorCode, named, StringComparison.OrdinalIgnoreCase));
                    if (row is null)
                    {
                        return new ReviewOutcome(null, ReviewRules.UnknownCell(id, named));
                    }

                    resolved.Add(new ReviewComment(row.Cell, row.IndicatorCode, comment.Text.Trim()));
                }
            }

            var state = ReviewRules.After(decision);
            var reviewId = await new ReviewStore(workspace.Db).DecideAsync(id, state, actor.Name, workspace.Time.GetUtcNow(), reason, resolved, cancellationToken);
            if (reviewId is null)
            {
                // Decided by another process between the read and the write: say so as the rules would.
                return new ReviewOutcome(null, ReviewRules.Check(id, SubmissionState.Accepted, true, decision, reason, null));
            }

            await new AuditTrail(workspace).RecordAsync(
                actor,
                decision == ReviewDecision.Accept ? AuditAction.SubmissionAccepted : AuditAction.SubmissionReturned,
                period,
                version.AgencyCode,
                id,
                new { state = ReviewRules.Text(version.State), version = version.Version },
                new { state = ReviewRules.Text(state), version = version.Version, reason, comments = resolved.Select(c => new { cell = c.Cell, indicator = c.IndicatorCode, text = c.Text }) },
                cancellationToken);
            await new DataVersionStore(workspace.Db).RaiseAsync(DataVersion.Reviews, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            var review = (await new ReviewStore(workspace.Db).ReviewsOfAsync(id, cancellationToken)).Single(r => r.Id == reviewId);
            return new ReviewOutcome(review, null);
        }
    }
}
