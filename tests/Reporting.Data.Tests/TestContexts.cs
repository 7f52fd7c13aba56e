using Reporting.Data.Opening;
using Reporting.Testing;

namespace Reporting.Data.Tests;

/// <summary>The data layer's context over a test database of either provider.</summary>
internal static class TestContexts
{
    public static ReportingDbContext Open(TestDatabase database) => ReportingDbContext.Open(new DatabaseSettings(database.Location));
}
