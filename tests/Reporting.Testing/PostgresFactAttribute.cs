using Xunit;

namespace Reporting.Testing;

/// <summary>A test that needs the PostgreSQL test server; where there is none it is reported skipped, saying why.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (TestPostgres.Unavailable is { } why)
        {
            Skip = $"PostgreSQL not available: {why}";
        }
    }
}
