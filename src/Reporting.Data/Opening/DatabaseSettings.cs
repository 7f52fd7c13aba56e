namespace Reporting.Data.Opening;

/// <summary>How a reporting database is opened: where it is, whether it may be written, how long to wait for others.</summary>
/// <param name="Path">The SQLite file.</param>
/// <param name="ReadOnly">
/// Nothing is written, not even a journal setting: a read command on an archived copy or a read-only mount. A file that
/// cannot even hold SQLite's shared-memory index beside it (a read-only mount) is read as immutable.
/// </param>
/// <param name="BusyTimeout">How long to wait for another process's write before giving up (default 30 s).</param>
/// <param name="OnWaiting">Told once per wait, when this process starts waiting for another one's write.</param>
/// <param name="Immutable">Read as a file nobody writes (set by the opener when a read-only open cannot work otherwise).</param>
public sealed record DatabaseSettings(string Path, bool ReadOnly = false, TimeSpan? BusyTimeout = null, Action<string>? OnWaiting = null, bool Immutable = false)
{
    public static readonly TimeSpan DefaultBusyTimeout = TimeSpan.FromSeconds(30);

    public TimeSpan BusyTimeoutOrDefault => BusyTimeout ?? DefaultBusyTimeout;

    /// <summary>The full path, as messages name it.</summary>
    public string FullPath => System.IO.Path.GetFullPath(Path);
}
