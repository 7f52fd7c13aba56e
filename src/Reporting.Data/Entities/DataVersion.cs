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

    /// <summary>The reporting cycle: a version accepted or returned, a period issued, locked or reopened.</summary>
    public const string Cycle = "cycle";

    public required string Name { get; set; }

    public long Version { get; set; }
}
