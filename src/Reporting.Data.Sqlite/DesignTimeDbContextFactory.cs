using Microsoft.EntityFrameworkCore.Design;
using Reporting.Data.Opening;

namespace Reporting.Data.Sqlite;

/// <summary>Lets `dotnet ef migrations add --project src/Reporting.Data.Sqlite --startup-project src/Reporting.Data.Sqlite` build the context.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<ReportingDbContext>
{
    public ReportingDbContext CreateDbContext(string[] args) => ReportingDbContext.Open(new DatabaseSettings("design-time.db"));
}
