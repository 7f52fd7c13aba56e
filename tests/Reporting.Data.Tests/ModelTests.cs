using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Reporting.Data.Opening;

namespace Reporting.Data.Tests;

/// <summary>
/// Opening a database trusts two generated things per provider instead of checking them every time: the compiled model
/// and the last migration's snapshot. These tests are the check: change an entity and forget either, for either
/// provider, and one of them fails.
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

    [Theory]
    [InlineData("model.db", typeof(CompiledModel.Sqlite.ReportingDbContextModel), "Sqlite")]
    [InlineData("postgresql://reporting@localhost/model_check", typeof(CompiledModel.PostgreSql.ReportingDbContextModel), "PostgreSql")]
    public void CompiledModel_OfEachProvider_MatchesTheModelBuiltFromTheConfigurations(string location, Type compiled, string provider)
    {
        using var db = ReportingDbContext.Open(new DatabaseSettings(location));

        Assert.IsType(compiled, db.Model);
        Assert.True(
            Describe(db.GetService<IDesignTimeModel>().Model).SequenceEqual(Describe(db.Model)),
            $"the compiled model is out of date: run `dotnet ef dbcontext optimize --project src/Reporting.Data --startup-project src/Reporting.Data.{provider} --output-dir CompiledModel/{provider} --namespace Reporting.Data.CompiledModel.{provider}` and delete the assembly attribute file it writes");
    }

    /// <summary>What the database and the queries depend on: tables, columns and their types, keys and indexes.</summary>
    private static List<string> Describe(IModel model) =>
        model.GetEntityTypes().SelectMany(e => e.GetProperties()
                .Select(p => $"{e.GetTableName()}.{p.GetColumnName()} {p.ClrType.Name} {p.GetColumnType()} null={p.IsNullable} converter={p.GetValueConverter()?.GetType().Name}")
                .Concat(e.GetKeys().Select(k => $"{e.GetTableName()} key {string.Join(",", k.Properties.Select(p => p.Name))} primary={k.IsPrimaryKey()}"))
                .Concat(e.GetIndexes().Select(i => $"{e.GetTableName()} index {i.GetDatabaseName()} {string.Join(",", i.Properties.Select(p => p.Name))} unique={i.IsUnique}"))
                .Concat(e.GetForeignKeys().Select(f => $"{e.GetTableName()} foreign key {string.Join(",", f.Properties.Select(p => p.Name))} to {f.PrincipalEntityType.GetTableName()}")))
            .Order(StringComparer.Ordinal)
            .ToList();

    [Fact]
    public void Model_OwnsEveryTable_RollupsIncluded()
    {
        using var db = ReportingDbContext.Open(new DatabaseSettings("model.db"));
        var tables = db.Model.GetEntityTypes().Select(e => e.GetTableName()).Order(StringComparer.Ordinal);
        Assert.Equal(
            ["audit_entries", "catalog_documents", "data_changes", "data_versions", "issued_reports", "pending_rollup_rebuild", "period_locks", "period_rollups", "reminders_sent", "review_comments", "stored_aggregates", "stored_shares", "submission_reviews", "submission_values", "submissions"],
            tables);
    }
}
