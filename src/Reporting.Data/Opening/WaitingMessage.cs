using System.Globalization;

namespace Reporting.Data.Opening;

/// <summary>
/// What this process says when it starts waiting for another one's write: one wording for both providers, so a user
/// (and a script reading stderr) sees the same line whether the database is a SQLite file or on a PostgreSQL server.
/// </summary>
internal static class WaitingMessage
{
    public static string ForWrite(DatabaseSettings settings) => string.Format(
        CultureInfo.InvariantCulture,
        "Waiting for another process that is writing to {0} (giving up after {1:0} s)...",
        settings.FullPath,
        settings.BusyTimeoutOrDefault.TotalSeconds);
}
