using Microsoft.EntityFrameworkCore;
using Reporting.Data.Opening;

namespace Reporting.Data.Tests;

/// <summary>
/// Opening a database trusts each provider's last migration snapshot instead of comparing it with the model every time
/// (a quarter of a short command). These tests are the check: change an entity and forget a provider's migration, and
/// one of them fails.
/// </summary>
public sealed class ModelTests
{
    [Theory]
    [InlineData("model.db", "Reporting.Data.Sqlite")]
    [InlineData("postgresql://reporting@localhost/model_check", "Reporting.Data.PostgreSql")]
    public void Migrations_CoverTheModel_OnEachProvider(string location, string migrationsProject)
    {
        // Neither check connects: the model is compared with the provider's snapshot in its migrations assembly.
        using var db = ReportingDbContext.Open(new DatabaseSettings(location));
        Assert.False(
            db.Database.HasPendingModelChanges(),
            $"the model has changes no migration holds: add one with `dotnet ef migrations add NAME --project src/{migrationsProject} --startup-project src/{migrationsProject}`");
    }

    [Fact]
    public void Model_OwnsEveryTable_RollupsIncluded()
    {
        using var db = ReportingDbContext.Open(new DatabaseSettings("model.db"));
        var tables = db.Model.GetEntityTypes().Select(e => e.GetTableName()).Order(StringComparer.Ordinal);
        Assert.Equal(["catalog_documents", "data_versions", "pending_rollup_rebuild", "period_rollups", "submission_values", "submissions"], tables);
    }
}
