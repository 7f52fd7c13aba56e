using Microsoft.Data.Sqlite;

namespace Reporting.Data.Opening;

/// <summary>What opening needs to know of a SQLite database file before it opens a context on it.</summary>
public static class DatabaseFile
{
    /// <summary>Whether the file holds a database (an empty file, as `touch` leaves, does not).</summary>
    /// <exception cref="DatabaseUnavailableException">The path names a folder: no command can create or read a database there.</exception>
    public static bool Exists(DatabaseSettings settings)
    {
        var path = settings.FullPath;
        if (Directory.Exists(path))
        {
            throw new DatabaseUnavailableException($"{path} is a folder, not a database file: give a file's path (for example {Path.Combine(path, "province.db")}).");
        }

        return File.Exists(path) && new FileInfo(path).Length > 0;
    }

    /// <summary>
    /// Settings a read-only open can read with: SQLite reading a WAL database needs its shared-memory index beside it,
    /// which a read-only mount cannot hold; then the file is read as immutable (nobody can be writing it there).
    /// </summary>
    public static async Task<DatabaseSettings> ReadableAsync(DatabaseSettings settings, CancellationToken cancellationToken = default) =>
        await OpensAsync(settings, cancellationToken) ? settings : settings with { Immutable = true };

    /// <summary>
    /// Refuses, with the reason, a database that can be read but not written before a command that writes starts: a
    /// read-only mount without SQLite's shared-memory index beside the file does not even open for writing, which
    /// SQLite reports as "unable to open" (with the index there, the first write reports it read-only).
    /// </summary>
    public static async Task EnsureWritableAsync(DatabaseSettings settings, CancellationToken cancellationToken = default)
    {
        var writable = settings with { ReadOnly = false, Immutable = false };
        if (!await OpensAsync(writable, cancellationToken) && await OpensAsync(writable with { ReadOnly = true, Immutable = true }, cancellationToken))
        {
            throw new DatabaseUnavailableException(StorageFailure.ReadOnly(settings.FullPath));
        }
    }

    private static async Task<bool> OpensAsync(DatabaseSettings settings, CancellationToken cancellationToken)
    {
        try
        {
            await using var probe = await SqliteConnections.OpenAsync(settings, cancellationToken);
            await using var command = probe.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM sqlite_master";
            await command.ExecuteScalarAsync(cancellationToken);
            return true;
        }
        catch (SqliteException e) when (e.SqliteErrorCode is SQLitePCL.raw.SQLITE_CANTOPEN or SQLitePCL.raw.SQLITE_READONLY)
        {
            return false;
        }
    }
}
