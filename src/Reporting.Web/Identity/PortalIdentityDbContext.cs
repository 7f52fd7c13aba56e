using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Reporting.Data.Opening;

namespace Reporting.Web.Identity;

/// <summary>
/// Users, roles and claims, in the reporting database itself (tables AspNet*) with their own migrations history, so one
/// database holds a province's whole state. This type carries the SQLite migrations; on PostgreSQL the portal uses
/// <see cref="PostgresPortalIdentityDbContext"/>, which carries PostgreSQL's (EF Core's way to keep two providers'
/// migrations of one context in one assembly, the identity schema being ASP.NET's and not the reporting model's).
/// </summary>
public class PortalIdentityDbContext(DbContextOptions<PortalIdentityDbContext> options) : IdentityDbContext<PortalUser>(options)
{
    public const string MigrationsTable = "__portal_identity_migrations";

    /// <summary>The context for the database <paramref name="settings"/> name, of the type that holds its provider's migrations.</summary>
    public static PortalIdentityDbContext Create(DatabaseSettings settings)
    {
        var options = new DbContextOptionsBuilder<PortalIdentityDbContext>();
        UseDatabase(options, settings);
        return settings.Location.IsPostgreSql ? new PostgresPortalIdentityDbContext(options.Options) : new PortalIdentityDbContext(options.Options);
    }

    public static void UseDatabase(DbContextOptionsBuilder options, DatabaseSettings settings)
    {
        if (settings.Location.IsPostgreSql)
        {
            options.UseNpgsql(settings.ConnectionString, npgsql => npgsql.MigrationsHistoryTable(MigrationsTable));
        }
        else
        {
            options.UseSqlite($"Data Source={settings.Location.Target};Pooling=False", sqlite => sqlite.MigrationsHistoryTable(MigrationsTable));
        }
    }
}
