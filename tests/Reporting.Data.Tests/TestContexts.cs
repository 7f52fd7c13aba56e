using Reporting.Testing;

namespace Reporting.Data.Tests;

/// <summary>The data layer's context over a test database of either provider.</summary>
internal static class TestContexts
{
    public static ReportingDbContext Open(TestDatabase database) => database.Provider switch
    {
        StorageProvider.Sqlite => ReportingDbContext.OpenSqlite(database.Location),
        _ => throw new NotSupportedException($"{database.Provider} is not a storage provider of this build"),
    };
}
