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
/// <param name="Reviews">The reviews counter: versions accepted or returned.</param>
/// <param name="Cycle">The cycle counter: periods issued (and so locked) or reopened.</param>
public sealed record DataStamp(long Total, long Catalog, long Submissions = 0, long Reviews = 0, long Cycle = 0)
{
    /// <summary>Whether every write since <paramref name="earlier"/> stored a submission (no catalog or other change).</summary>
    public bool OnlySubmissionsSince(DataStamp earlier) =>
        OnlySubmissionsOrCycleSince(earlier) && Reviews == earlier.Reviews && Cycle == earlier.Cycle;

    /// <summary>
    /// Whether every write since <paramref name="earlier"/> stored a submission or was a step of the reporting cycle
    /// (a version reviewed, a period issued or reopened): what figures of every current version, accepted or not, may
    /// be kept across. A review changes no version's values, and a lock only refuses later stores, which are counted.
    /// </summary>
    public bool OnlySubmissionsOrCycleSince(DataStamp earlier) =>
        Catalog == earlier.Catalog && Submissions >= earlier.Submissions && Reviews >= earlier.Reviews && Cycle >= earlier.Cycle
        && Total - earlier.Total == Submissions - earlier.Submissions + (Reviews - earlier.Reviews) + (Cycle - earlier.Cycle);
}
