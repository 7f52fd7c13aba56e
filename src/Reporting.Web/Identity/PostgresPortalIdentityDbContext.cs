using Microsoft.EntityFrameworkCore;

namespace Reporting.Web.Identity;

/// <summary>The portal's users on PostgreSQL: the same model, with PostgreSQL's migrations (Identity/Migrations/PostgreSql).</summary>
public sealed class PostgresPortalIdentityDbContext(DbContextOptions<PortalIdentityDbContext> options) : PortalIdentityDbContext(options);
