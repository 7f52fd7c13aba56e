using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Reporting.Data.Entities;
using Reporting.Data.Opening;

namespace Reporting.Data;

/// <summary>The reporting database: catalog documents and every version of every submission.</summary>
public sealed class ReportingDbContext(DbContextOptions<ReportingDbContext> options, DatabaseSettings settings) : DbContext(options)
{
    /// <summary>One for every context: it reads each context's own settings (a new interceptor per context would not).</summary>
    private static readonly SqliteConnectionSetup ConnectionSetup = new();

    /// <summary>How this context's database was opened; extra connections beside the context's are opened the same way.</summary>
    public DatabaseSettings Settings { get; } = settings;

    public DbSet<CatalogDocument> CatalogDocuments => Set<CatalogDocument>();

    public DbSet<SubmissionEntity> Submissions => Set<SubmissionEntity>();

    public DbSet<SubmissionValueEntity> SubmissionValues => Set<SubmissionValueEntity>();

    /// <remarks>
    /// Migrating does not compare the model with the last migration's snapshot on every open: that built the model a
    /// second way and took a quarter of a short command. A test asserts there are no pending model changes instead.
    /// </remarks>
    public static ReportingDbContext Open(DatabaseSettings settings) =>
        new(new DbContextOptionsBuilder<ReportingDbContext>()
            .UseSqlite(SqliteConnections.ConnectionString(settings))
            .AddInterceptors(ConnectionSetup)
            .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning))
            .Options, settings);

    /// <summary>A context over a SQLite file, read and written (tests, tools).</summary>
    public static ReportingDbContext OpenSqlite(string path) => Open(new DatabaseSettings(path));

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
