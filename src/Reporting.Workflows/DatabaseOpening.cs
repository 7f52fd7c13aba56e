using Reporting.Data.Opening;

namespace Reporting.Workflows;

/// <summary>How a host opens the reporting database.</summary>
/// <param name="Location">The database (today a SQLite file).</param>
/// <param name="Access">What the host may do to it.</param>
public sealed record DatabaseOpening(string Location, DatabaseAccess Access = DatabaseAccess.Write)
{
    /// <summary>The templates folder a new database takes its catalog from (default: the one next to the program).</summary>
    public string? Templates { get; init; }

    /// <summary>Replace the catalog the database holds with the templates folder's (`reporting init`).</summary>
    public bool ReloadTemplates { get; init; }

    /// <summary>Who opens it: a catalog loaded from the templates folder is recorded in the audit log as theirs (none: not recorded).</summary>
    public Reporting.Core.Audit.Actor? Actor { get; init; }

    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>How long to wait for another process's write before giving up.</summary>
    public TimeSpan BusyTimeout { get; init; } = DatabaseSettings.DefaultBusyTimeout;

    /// <summary>Told what opening or a later write waits for, and what it cleared (a stale upgrade lock).</summary>
    public Action<string>? Tell { get; init; }
}
