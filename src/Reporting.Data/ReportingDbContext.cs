using System.Text;
using Microsoft.EntityFrameworkCore;
using Reporting.Data.Entities;

namespace Reporting.Data;

/// <summary>The reporting database: catalog documents and every version of every submission.</summary>
public sealed class ReportingDbContext(DbContextOptions<ReportingDbContext> options) : DbContext(options)
{
    public DbSet<CatalogDocument> CatalogDocuments => Set<CatalogDocument>();

    public DbSet<SubmissionEntity> Submissions => Set<SubmissionEntity>();

    public DbSet<SubmissionValueEntity> SubmissionValues => Set<SubmissionValueEntity>();

    public static ReportingDbContext OpenSqlite(string path) =>
        new(new DbContextOptionsBuilder<ReportingDbContext>().UseSqlite($"Data Source={path};Pooling=False").Options);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ReportingDbContext).Assembly);

        // snake_case columns, so hand-written SQL (queries, benchmarks, PostgreSQL) reads naturally.
        foreach (var property in modelBuilder.Model.GetEntityTypes().SelectMany(e => e.GetProperties()))
        {
            if (property.GetColumnName() == property.Name)
            {
                property.SetColumnName(SnakeCase(property.Name));
            }
        }
    }

    private static string SnakeCase(string name)
    {
        var text = new StringBuilder();
        foreach (var c in name)
        {
            if (char.IsUpper(c) && text.Length > 0)
            {
                text.Append('_');
            }

            text.Append(char.ToLowerInvariant(c));
        }

        return text.ToString();
    }
}
