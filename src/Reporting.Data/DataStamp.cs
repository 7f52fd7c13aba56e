namespace Reporting.Data;

/// <summary>
/// The state of the data a figure is computed from, read from <c>data_versions</c>: equal stamps mean no submission,
/// catalog, agency or calendar change was committed in between.
/// </summary>
/// <param name="Total">The sum of every counter: each write raises one counter by one, so it grows with every write.</param>
/// <param name="Catalog">The catalog's own counter: when it moved, the catalog kept in memory is out of date.</param>
/// <param name="Submissions">
/// The submissions counter: when only it moved, <c>data_changes</c> says which agencies' months changed in between.
/// </param>
/// <param name="Reviews">The reviews counter: versions accepted or returned, which move no figure of every current version.</param>
public sealed record DataStamp(long Total, long Catalog, long Submissions = 0, long Reviews = 0)
{
    /// <summary>Whether every write since <paramref name="earlier"/> stored a submission (no catalog or other change).</summary>
    public bool OnlySubmissionsSince(DataStamp earlier) => OnlySubmissionsOrReviewsSince(earlier) && Reviews == earlier.Reviews;

    /// <summary>
    /// Whether every write since <paramref name="earlier"/> stored a submission or reviewed a version: what figures of
    /// every current version, accepted or not, may be kept across.
    /// </summary>
    public bool OnlySubmissionsOrReviewsSince(DataStamp earlier) =>
        Catalog == earlier.Catalog && Submissions >= earlier.Submissions && Reviews >= earlier.Reviews
        && Total - earlier.Total == Submissions - earlier.Submissions + (Reviews - earlier.Reviews);
}
