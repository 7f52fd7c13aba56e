namespace Reporting.Data.Entities;

/// <summary>
/// A request, left by a migration, to rebuild every stored roll-up (the roll-ups were added to a database that already
/// held submissions); cleared in the transaction that rebuilds them.
/// </summary>
public sealed class PendingRollupRebuild
{
    public int Id { get; set; }
}
