using Microsoft.EntityFrameworkCore.Design;
using Reporting.Data.Opening;

namespace Reporting.Web.Identity;

/// <summary>Lets `dotnet ef migrations add --context PostgresPortalIdentityDbContext` build the PostgreSQL context.</summary>
internal sealed class DesignTimePostgresIdentityDbContextFactory : IDesignTimeDbContextFactory<PostgresPortalIdentityDbContext>
{
    public PostgresPortalIdentityDbContext CreateDbContext(string[] args) =>
        (PostgresPortalIdentityDbContext)PortalIdentityDbContext.Create(new DatabaseSettings("Host=localhost;Database=reporting_design_time"));
}
