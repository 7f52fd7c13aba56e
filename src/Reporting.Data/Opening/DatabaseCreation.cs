using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Reporting.Data.Opening;

/// <summary>Whether a reporting database is there yet, and making its empty shell where it is not, on either provider.</summary>
public static class DatabaseCreation
{
    /// <summary>
    /// Whether <paramref name="settings"/> name a reporting database: a SQLite file holding one (an empty file, as
    /// `touch` leaves, does not), or a PostgreSQL database with its migrations history. Writes nothing.
    /// </summary>
    public static async Task<bool> ExistsAsync(DatabaseSettings settings, CancellationToken cancellationToken = default)
    {
        if (!settings.Location.IsPostgreSql)
        {
            return DatabaseFile.Exists(settings);
        }

        try
        {
            await using var connection = await PostgresConnections.OpenAsync(settings with { ReadOnly = true }, cancellationToken);
            await using var command = new NpgsqlCommand("SELECT to_regclass('\"__EFMigrationsHistory\"') IS NOT NULL", connection);
            return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InvalidCatalogName)
        {
            return false;
        }
    }

    /// <summary>
    /// Makes the empty database the migrations fill, where it is missing: the SQLite file's folder, or the PostgreSQL
    /// database (CREATE DATABASE, through the server's maintenance database, when the role may create databases).
    /// </summary>
    public static async Task CreateIfMissingAsync(ReportingDbContext db, CancellationToken cancellationToken = default)
    {
        if (!db.Location.IsPostgreSql)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(db.Location.Target)!);
            return;
        }

        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (await creator.ExistsAsync(cancellationToken))
        {
            return;
        }

        try
        {
            await creator.CreateAsync(cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InsufficientPrivilege)
        {
            var builder = new NpgsqlConnectionStringBuilder(db.Location.Target);
            throw new DatabaseUnavailableException(
                $"{db.Location.Display} does not exist, and the role {builder.Username} may not create databases. Ask the server's administrator to run " +
                $"CREATE DATABASE \"{builder.Database}\" OWNER \"{builder.Username}\"; then run `reporting init` again. Nothing was changed.",
                e);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DuplicateDatabase)
        {
            // Another process created it meanwhile: what was wanted.
        }
    }
}
