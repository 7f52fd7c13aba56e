using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Reporting.Testing;

namespace Reporting.Data.Tests;

/// <summary>
/// Opening a database trusts two generated things instead of checking them every time (a quarter of a short
/// command): the compiled model (<c>CompiledModel/</c>, from <c>dotnet ef dbcontext optimize</c>) and the last
/// migration's snapshot. These tests are the check: change an entity and forget either, and one of them fails.
/// </summary>
public sealed class ModelTests : IDisposable
{
    private TestDatabase? database;
    private ReportingDbContext? db;

    private ReportingDbContext Open(StorageProvider provider)
    {
        database = TestDatabase.Create(provider);
        return db = TestContexts.Open(database);
    }

    [ProviderTheory(SqliteOnly = "the compiled model is kept for SQLite, where it pays (a quarter of a short command)")]
    public void CompiledModel_MatchesTheModelBuiltFromTheConfigurations(StorageProvider provider)
    {
        var db = Open(provider);
        Assert.IsType<CompiledModel.ReportingDbContextModel>(db.Model);
        Assert.True(
            Describe(db.GetService<IDesignTimeModel>().Model).SequenceEqual(Describe(db.Model)),
            "the compiled model is out of date: run `dotnet ef dbcontext optimize --project src/Reporting.Data --output-dir CompiledModel --namespace Reporting.Data.CompiledModel`");
    }

    /// <summary>What the database and the queries depend on: tables, columns and their types, keys and indexes.</summary>
    private static List<string> Describe(IModel model) =>
        model.GetEntityTypes().SelectMany(e => e.GetProperties()
                .Select(p => $"{e.GetTableName()}.{p.GetColumnName()} {p.ClrType.Name} null={p.IsNullable} converter={p.GetValueConverter()?.GetType().Name}")
                .Concat(e.GetKeys().Select(k => $"{e.GetTableName()} key {string.Join(",", k.Properties.Select(p => p.Name))} primary={k.IsPrimaryKey()}"))
                .Concat(e.GetIndexes().Select(i => $"{e.GetTableName()} index {string.Join(",", i.Properties.Select(p => p.Name))} unique={i.IsUnique}"))
                .Concat(e.GetForeignKeys().Select(f => $"{e.GetTableName()} foreign key {string.Join(",", f.Properties.Select(p => p.Name))} to {f.PrincipalEntityType.GetTableName()}")))
            .Order(StringComparer.Ordinal)
            .ToList();

    [ProviderTheory]
    public void Migrations_CoverTheModel(StorageProvider provider)
    {
        var db = Open(provider);
        Assert.False(db.Database.HasPendingModelChanges(), "the model has changes no migration holds: add one with `dotnet ef migrations add`");
    }

    public void Dispose()
    {
        db?.Dispose();
        database?.Dispose();
    }
}
