namespace Reporting.Workflows.Tests.Figures;

/// <summary>A test on the PostgreSQL server in REPORTING_TEST_POSTGRES; skipped, saying so, where there is none.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (TestDatabase.PostgresAdmin is null)
        {
            Skip = $"PostgreSQL not available: {TestDatabase.PostgresVariable} is not set (an admin connection string; ./scripts/test.sh sets it for a throwaway cluster)";
        }
    }
}
