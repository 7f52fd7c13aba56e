using Microsoft.EntityFrameworkCore.Design;
using Reporting.Data.Opening;

namespace Reporting.Web.Identity;

/// <summary>Lets `dotnet ef migrations add` build the SQLite context without starting the portal.</summary>
internal sealed class DesignTimeIdentityDbContextFactory : IDesignTimeDbContextFactory<PortalIdentityDbContext>
{
    public PortalIdentityDbContext CreateDbContext(string[] args) => PortalIdentityDbContext.Create(new DatabaseSettings("design-time.db"));
}
