using Microsoft.EntityFrameworkCore.Design;
using Reporting.Data.Opening;

namespace Reporting.Data.PostgreSql;

/// <summary>Lets `dotnet ef migrations add --project src/Reporting.Data.PostgreSql --startup-project src/Reporting.Data.PostgreSql` build the context.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<ReportingDbContext>
{
    public ReportingDbContext CreateDbContext(string[] args) => ReportingDbContext.Open(new DatabaseSettings("Host=localhost;Database=reporting_design_time"));
}
