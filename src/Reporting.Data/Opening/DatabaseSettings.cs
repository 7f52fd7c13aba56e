namespace Reporting.Data.Opening;

/// <summary>How a reporting database is opened: where it is, whether it may be written, how long to wait for others.</summary>
/// <param name="Path">
/// Where it is, as the user gave it: a SQLite file, or a PostgreSQL URI or connection string (see <see cref="DatabaseLocation"/>).
/// </param>
/// <param name="ReadOnly">
/// Nothing is written, not even a journal setting: a read command on an archived copy or a read-only mount. A file that
/// cannot even hold SQLite's shared-memory index beside it (a read-only mount) is read as immutable. On PostgreSQL every
/// transaction is read-only (default_transaction_read_only).
/// </param>
/// <param name="BusyTimeout">How long to wait for another process's write before giving up (default 30 s; PostgreSQL's lock_timeout).</param>
/// <param name="OnWaiting">
/// Told once per wait, when this process starts waiting for another one's write (on PostgreSQL once per transaction, within
/// about a second: see <see cref="PostgresLockWaitNotice"/>), in the words of <see cref="WaitingMessage"/>.
/// </param>
/// <param name="Immutable">Read as a file nobody writes (set by the opener when a read-only open cannot work otherwise).</param>
public sealed record DatabaseSettings(string Path, bool ReadOnly = false, TimeSpan? BusyTimeout = null, Action<string>? OnWaiting = null, bool Immutable = false)
{
    public static readonly TimeSpan DefaultBusyTimeout = TimeSpan.FromSeconds(30);

    public TimeSpan BusyTimeoutOrDefault => BusyTimeout ?? DefaultBusyTimeout;

    /// <summary>Where the database is, read from <see cref="Path"/> (which throws, with the reason, for a value that names none).</summary>
    public DatabaseLocation Location => DatabaseLocation.Parse(Path);

    /// <summary>
    /// The ADO.NET connection string every connection to the database uses (for a context beside the reporting one, such
    /// as the portal's users): a read-only open and the bounded wait hold for it too.
    /// </summary>
    public string ConnectionString => Location.IsPostgreSql ? PostgresConnections.ConnectionString(this) : SqliteConnections.ConnectionString(this);

    /// <summary>The database as messages name it: the SQLite file's full path, or the PostgreSQL server and database.</summary>
    public string FullPath => Location.Display;
}
