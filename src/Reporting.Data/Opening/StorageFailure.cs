using Microsoft.Data.Sqlite;

namespace Reporting.Data.Opening;

/// <summary>
/// Words a failure of the storage itself (not of the data) for the person who ran the command: the disk is full,
/// another process kept the database busy, the file is read-only. Null for anything else, which stays a bug to report.
/// </summary>
public static class StorageFailure
{
    public static string? Describe(Exception exception, string location) => exception switch
    {
        DatabaseUnavailableException unavailable => unavailable.Message,
        SqliteException { SqliteErrorCode: SQLitePCL.raw.SQLITE_FULL } =>
            $"The disk holding {location} is full (or the database reached its size limit).",
        SqliteException { SqliteErrorCode: SQLitePCL.raw.SQLITE_BUSY or SQLitePCL.raw.SQLITE_LOCKED } =>
            $"Gave up waiting: another process (an import, or the portal storing a file) kept {location} busy. Try again when it has finished.",
        SqliteException { SqliteErrorCode: SQLitePCL.raw.SQLITE_READONLY } =>
            $"{location} is read-only (a read-only file, folder or mount): it can be read, not written.",
        SqliteException { SqliteErrorCode: SQLitePCL.raw.SQLITE_CANTOPEN } =>
            $"{location} cannot be opened: check that the path exists and may be read (and written, to change it).",
        SqliteException { SqliteErrorCode: SQLitePCL.raw.SQLITE_CORRUPT or SQLitePCL.raw.SQLITE_NOTADB } =>
            $"{location} is not a readable reporting database (damaged, or another kind of file).",
        IOException io when io.HResult == DiskFullHResult => $"The disk is full: {io.Message}",
        _ => null,
    };

    /// <summary>ENOSPC as .NET reports it on Linux.</summary>
    private const int DiskFullHResult = 28;
}
