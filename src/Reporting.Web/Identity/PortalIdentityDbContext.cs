using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Reporting.Web.Identity;

/// <summary>
/// Users, roles and claims, in the reporting database's own file (tables AspNet*) with their own migrations history,
/// so one file holds a province's whole state.
/// </summary>
public sealed class PortalIdentityDbContext(DbContextOptions<PortalIdentityDbContext> options) : IdentityDbContext<PortalUser>(options)
{
    public const string MigrationsTable = "__portal_identity_migrations";

    public static void UseDatabase(DbContextOptionsBuilder options, string databasePath) =>
        options.UseSqlite($"Data Source={databasePath};Pooling=False", sqlite => sqlite.MigrationsHistoryTable(MigrationsTable));
}
