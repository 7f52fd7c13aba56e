using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Reporting.Web.Identity;

/// <summary>Lets `dotnet ef migrations add` build the context without starting the portal.</summary>
internal sealed class DesignTimeIdentityDbContextFactory : IDesignTimeDbContextFactory<PortalIdentityDbContext>
{
    public PortalIdentityDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PortalIdentityDbContext>();
        PortalIdentityDbContext.UseDatabase(options, "design-time.db");
        return new PortalIdentityDbContext(options.Options);
    }
}
