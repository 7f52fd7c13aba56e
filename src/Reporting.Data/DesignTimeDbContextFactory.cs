using Microsoft.EntityFrameworkCore.Design;

namespace Reporting.Data;

/// <summary>Lets `dotnet ef migrations add` build the context without a host.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<ReportingDbContext>
{
    public ReportingDbContext CreateDbContext(string[] args) => ReportingDbContext.OpenSqlite("design-time.db");
}
