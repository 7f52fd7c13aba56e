namespace Reporting.Workflows;

/// <summary>What a host may do to the database it opens.</summary>
public enum DatabaseAccess
{
    /// <summary>Read only (summary, report, trace, ...): never writes, works on a read-only file; an old schema is refused with the command that upgrades it.</summary>
    Read,

    /// <summary>Read and write (import): a missing database is created; an old schema is refused like <see cref="Read"/>.</summary>
    Write,

    /// <summary>Create or upgrade (`reporting init`, the portal's start): pending migrations are applied under the upgrade lock.</summary>
    Upgrade,
}
