using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Reporting.Data.Opening;

/// <summary>
/// The migrations a database records as applied, read from EF Core's history table with plain SQL: EF's own
/// <c>GetAppliedMigrationsAsync</c> first builds its migration services, about 140 ms of every command's start (a
/// tenth of a `reporting summary` at 5,000 agencies), to run the same two statements.
/// </summary>
internal static class AppliedMigrations
{
    public static async Task<List<string>> ReadAsync(DbContext db, CancellationToken cancellationToken)
    {
        var table = db.GetService<IDbContextOptions>().Extensions.OfType<RelationalOptionsExtension>().FirstOrDefault()?.MigrationsHistoryTableName
            ?? HistoryRepository.DefaultTableName;
        var exists = db.Database.IsNpgsql()
            ? "SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema() AND c.relname = @table)"
            : "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = @table)";
        if (!await PlainSql.ExistsAsync(db.Database, exists, cancellationToken, ("table", table)))
        {
            return [];
        }

        return await PlainSql.RunAsync(db.Database, async command =>
        {
            command.CommandText = $"SELECT \"MigrationId\" FROM \"{table}\" ORDER BY \"MigrationId\"";
            var applied = new List<string>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                applied.Add(reader.GetString(0));
            }

            return applied;
        }, cancellationToken);
    }
}
