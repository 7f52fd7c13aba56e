namespace Reporting.Data.Entities;

/// <summary>
/// A counter raised in the same transaction as every write of one kind (<see cref="Submissions"/>, <see cref="Catalog"/>):
/// a cheap stamp of the data's state, so figures kept in memory are kept exactly as long as the data they came from.
/// </summary>
public sealed class DataVersion
{
    /// <summary>A submission stored (a new version, so a figure may change).</summary>
    public const string Submissions = "submissions";

    /// <summary>The catalog, agency list or calendar replaced.</summary>
    public const string Catalog = "catalog";

    /// <summary>
    /// The reporting cycle: a period issued and locked, or reopened. Like a review, it moves no figure of every current
    /// version (a lock refuses later stores, which would raise <see cref="Submissions"/>).
    /// </summary>
    public const string Cycle = "cycle";

    /// <summary>
    /// A version accepted or returned: it changes what counts as accepted, and no figure of every current version (the
    /// figures `reporting summary` keeps in <c>stored_aggregates</c> stay valid across it).
    /// </summary>
    public const string Reviews = "reviews";

    public required string Name { get; set; }

    public long Version { get; set; }
}
