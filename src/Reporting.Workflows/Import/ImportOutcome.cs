namespace Reporting.Workflows.Import;

/// <summary>What happened to one imported file.</summary>
public enum ImportOutcome
{
    /// <summary>Stored as a new version.</summary>
    Stored,

    /// <summary>The same file was imported before; nothing changed.</summary>
    Unchanged,

    /// <summary>Valid, not stored (dry run).</summary>
    Valid,

    /// <summary>At least one error: nothing from the file was stored.</summary>
    Rejected,

    /// <summary>The file is for an agency the sender may not submit for: nothing was stored.</summary>
    Forbidden,

    /// <summary>
    /// The period is locked (its report was issued): nothing was stored; <see cref="FileImportResult.Refusal"/> names the
    /// lock and who can reopen it.
    /// </summary>
    Locked,

    /// <summary>
    /// Storing stopped (interrupted, the disk full, the database kept busy): the file's transaction was rolled back, and
    /// the files after it were not taken (<see cref="FileImportResult.Failure"/> says why).
    /// </summary>
    NotStored,
}
