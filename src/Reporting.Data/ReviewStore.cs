using Microsoft.EntityFrameworkCore;
using Reporting.Core.Review;
using Reporting.Data.Entities;

namespace Reporting.Data;

/// <summary>Analysts' decisions on stored versions: the state on the submission and each review with its comments.</summary>
public sealed class ReviewStore(ReportingDbContext db)
{
    /// <summary>
    /// Sets the version's state and records the review with its comments, in the caller's transaction. Only a version
    /// still submitted changes (the state is the guard), so two analysts deciding at once cannot both win.
    /// </summary>
    /// <returns>The review's id, or null when the version was no longer submitted and current.</returns>
    public async Task<long?> DecideAsync(long submissionId, SubmissionState state, string reviewer, DateTimeOffset at, string? reason, IReadOnlyList<ReviewComment> comments, CancellationToken cancellationToken = default)
    {
        var text = ReviewRules.Text(state);
        var changed = await db.Submissions
            .Where(s => s.Id == submissionId && s.IsCurrent && s.State == SubmissionEntity.Submitted)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.State, text), cancellationToken);
        if (changed != 1)
        {
            return null;
        }

        var review = new SubmissionReviewEntity
        {
            SubmissionId = submissionId,
            Decision = text,
            Reason = reason,
            At = at,
            Reviewer = reviewer,
            Comments = comments.Select(c => new ReviewCommentEntity { Cell = c.Cell, IndicatorCode = c.IndicatorCode, Text = c.Text }).ToList(),
        };
        db.SubmissionReviews.Add(review);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return review.Id;
    }

    /// <summary>The reviews of one version, oldest first, with their comments.</summary>
    public async Task<IReadOnlyList<ReviewNote>> ReviewsOfAsync(long submissionId, CancellationToken cancellationToken = default) =>
        await ReviewsAsync(db.SubmissionReviews.Where(r => r.SubmissionId == submissionId), cancellationToken);

    /// <summary>The latest return of an agency's report for a period (any version), or null when none was returned.</summary>
    public async Task<ReviewNote?> LatestReturnAsync(string agencyCode, string period, CancellationToken cancellationToken = default)
    {
        var ids = db.Submissions.Where(s => s.AgencyCode == agencyCode && s.Period == period).Select(s => s.Id);
        var returned = db.SubmissionReviews.Where(r => ids.Contains(r.SubmissionId) && r.Decision == "returned").OrderByDescending(r => r.Id).Take(1);
        return (await ReviewsAsync(returned, cancellationToken)).SingleOrDefault();
    }

    private static async Task<IReadOnlyList<ReviewNote>> ReviewsAsync(IQueryable<SubmissionReviewEntity> reviews, CancellationToken cancellationToken)
    {
        var rows = await reviews.AsNoTracking().Include(r => r.Comments).OrderBy(r => r.Id).ToListAsync(cancellationToken);
        return rows.Select(r => new ReviewNote(
                r.Id,
                r.SubmissionId,
                ReviewRules.Parse(r.Decision),
                r.Reason,
                r.At.ToUniversalTime(),
                r.Reviewer,
                r.Comments.OrderBy(c => c.Id).Select(c => new ReviewComment(c.Cell, c.IndicatorCode, c.Text)).ToList()))
            .ToList();
    }
}
