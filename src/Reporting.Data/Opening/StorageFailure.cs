using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Reporting.Data.Opening;

/// <summary>
/// Words a failure of the storage itself (not of the data) for the person who ran the command: the disk is full,
/// another process kept the database busy, the file is read-only, the server cannot be reached or refused the login.
/// Null for anything else, which stays a bug to report. Looks through wrapping exceptions (EF Core's, say).
/// </summary>
public static class StorageFailure
{
    public static string? Describe(Exception exception, string location)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (DescribeOne(e, location) is { } text)
            {
                return text;
            }
        }

        return null;
    }

    private static string? DescribeOne(Exception exception, string location) => exception switch
    {
        DatabaseUnavailableException unavailable => unavailable.Message,
        SqliteException { SqliteErrorCode: SQLitePCL.raw.SQLITE_FULL } =>
            $"The disk holding {location} is full (or the database reached its size limit).",
        SqliteException { SqliteErrorCode: SQLitePCL.raw.SQLITE_BUSY or SQLitePCL.raw.SQLITE_LOCKED } => Busy(location),
        SqliteException { SqliteErrorCode: SQLitePCL.raw.SQLITE_READONLY } => ReadOnly(location),
        SqliteException { SqliteErrorCode: SQLitePCL.raw.SQLITE_CANTOPEN } =>
            $"{location} cannot be opened: check that the path exists and may be read (and written, to change it).",
        SqliteException { SqliteErrorCode: SQLitePCL.raw.SQLITE_CORRUPT or SQLitePCL.raw.SQLITE_NOTADB } =>
            $"{location} is not a readable reporting database (damaged, or another kind of file).",
        PostgresException { SqlState: PostgresErrorCodes.DiskFull or PostgresErrorCodes.OutOfMemory or PostgresErrorCodes.InsufficientResources } =>
            $"The PostgreSQL server holding {location} is out of disk space (or memory): ask its administrator; nothing was stored.",
        PostgresException { SqlState: PostgresErrorCodes.LockNotAvailable or PostgresErrorCodes.DeadlockDetected } => Busy(location),
        PostgresException { SqlState: PostgresErrorCodes.ReadOnlySqlTransaction } =>
            $"{location} is read-only for this connection (a read command, or a standby server): it can be read, not written.",
        PostgresException { SqlState: PostgresErrorCodes.InvalidPassword or PostgresErrorCodes.InvalidAuthorizationSpecification } =>
            $"The PostgreSQL server refused the login to {location}: check the user name and password in the database setting.",
        PostgresException { SqlState: PostgresErrorCodes.InvalidCatalogName } =>
            $"There is no database {location} on the server: create it with `reporting init --db ...` (or ask the administrator to).",
        PostgresException { SqlState: PostgresErrorCodes.InsufficientPrivilege } =>
            $"The PostgreSQL role used for {location} lacks a permission this needs ({exception.Message}).",
        PostgresException { SqlState: PostgresErrorCodes.CannotConnectNow or PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.TooManyConnections } =>
            $"The PostgreSQL server holding {location} is not accepting connections now ({exception.Message}); try again later.",
        NpgsqlException { InnerException: SocketException or TimeoutException } or NpgsqlException { IsTransient: true, InnerException: IOException } =>
            $"Cannot connect to the PostgreSQL server of {location}: check that it runs and that host and port are right ({exception.InnerException?.Message}).",
        IOException io when io.HResult == DiskFullHResult => $"The disk is full: {io.Message}",
        _ => null,
    };

    public static string ReadOnly(string location) => $"{location} is read-only (a read-only file, folder or mount): it can be read, not written.";

    private static string Busy(string location) =>
        $"Gave up waiting: another process (an import, or the portal storing a file) kept {location} busy. Try again when it has finished.";

    /// <summary>ENOSPC as .NET reports it on Linux.</summary>
    private const int DiskFullHResult = 28;
}
