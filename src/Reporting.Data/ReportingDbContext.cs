using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Reporting.Data.Entities;
using Reporting.Data.Opening;

namespace Reporting.Data;

/// <summary>
/// The reporting database, on SQLite or PostgreSQL: the catalog, every version of every submission and the stored
/// roll-ups, all in this one model. Each provider's migrations live in an assembly of their own
/// (Reporting.Data.Sqlite, Reporting.Data.PostgreSql), generated from this model.
/// </summary>
public sealed class ReportingDbContext(DbContextOptions<ReportingDbContext> options, DatabaseSettings settings) : DbContext(options)
{
    public const string SqliteMigrations = "Reporting.Data.Sqlite";
    public const string PostgreSqlMigrations = "Reporting.Data.PostgreSql";

    /// <summary>One for every context: it reads each context's own settings (a new interceptor per context would not).</summary>
    private static readonly SqliteConnectionSetup ConnectionSetup = new();

    /// <summary>Stateless, so one serves every context.</summary>
    private static readonly AuditAppendOnly AppendOnly = new();

    /// <summary>How this context's database was opened; extra connections beside the context's are opened the same way.</summary>
    public DatabaseSettings Settings { get; } = settings;

    /// <summary>Where the database is (its provider), read once from <see cref="Settings"/>.</summary>
    public DatabaseLocation Location { get; } = settings.Location;

    public DbSet<CatalogDocument> CatalogDocuments => Set<CatalogDocument>();

    public DbSet<SubmissionEntity> Submissions => Set<SubmissionEntity>();

    public DbSet<SubmissionValueEntity> SubmissionValues => Set<SubmissionValueEntity>();

    public DbSet<PeriodRollupEntity> PeriodRollups => Set<PeriodRollupEntity>();

    public DbSet<PendingRollupRebuild> PendingRollupRebuilds => Set<PendingRollupRebuild>();

    public DbSet<DataVersion> DataVersions => Set<DataVersion>();

    public DbSet<DataChange> DataChanges => Set<DataChange>();

    public DbSet<StoredAggregateEntity> StoredAggregates => Set<StoredAggregateEntity>();

    public DbSet<StoredShareBucketEntity> StoredShareBuckets => Set<StoredShareBucketEntity>();

    /// <summary>The append-only audit log: add to it, never change it (see <see cref="AuditAppendOnly"/>).</summary>
    public DbSet<AuditEntryEntity> AuditEntries => Set<AuditEntryEntity>();

    public DbSet<SubmissionReviewEntity> SubmissionReviews => Set<SubmissionReviewEntity>();

    public DbSet<ReviewCommentEntity> ReviewComments => Set<ReviewCommentEntity>();

    public DbSet<IssuedReportEntity> IssuedReports => Set<IssuedReportEntity>();

    public DbSet<PeriodLockEntity> PeriodLocks => Set<PeriodLockEntity>();
    public DbSet<ReminderSent> RemindersSent => Set<ReminderSent>();

    /// <summary>The context factory: a context on the database <paramref name="settings"/> name, on its provider.</summary>
    /// <remarks>
    /// Each provider's model is compiled (CompiledModel/Sqlite, CompiledModel/PostgreSql, from `dotnet ef dbcontext
    /// optimize`) and named here, not found by assembly attribute, which would hand SQLite's to PostgreSQL. Measured on a
    /// short command's open (first query, fresh process): 0.88 s of CPU with it, 1.07 s without. Migrating does not
    /// compare the model with the last migration's snapshot on every open either (a quarter of a short command); tests
    /// assert both generated things are up to date instead.
    /// </remarks>
    public static ReportingDbContext Open(DatabaseSettings settings)
    {
        var builder = new DbContextOptionsBuilder<ReportingDbContext>()
            .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
        if (settings.Location.IsPostgreSql)
        {
            builder.UseNpgsql(PostgresConnections.ConnectionString(settings), npgsql => npgsql.MigrationsAssembly(PostgreSqlMigrations))
                .UseModel(CompiledModel.PostgreSql.ReportingDbContextModel.Instance)
                .AddInterceptors(AppendOnly);

            // One per context: it watches that context's transaction. Nobody to tell, nothing to watch.
            if (settings.OnWaiting is not null)
            {
                builder.AddInterceptors(new PostgresLockWaitNotice(settings));
            }
        }
        else
        {
            builder.UseSqlite(SqliteConnections.ConnectionString(settings), sqlite => sqlite.MigrationsAssembly(SqliteMigrations))
                .UseModel(CompiledModel.Sqlite.ReportingDbContextModel.Instance)
                .AddInterceptors(ConnectionSetup, AppendOnly);
        }

        return new ReportingDbContext(builder.Options, settings);
    }

    /// <summary>A context over a SQLite file, read and written (tests, tools).</summary>
    public static ReportingDbContext OpenSqlite(string path) => Open(new DatabaseSettings(path));

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ReportingDbContext).Assembly);

        // snake_case columns, so hand-written SQL (fast paths, benchmarks, psql) reads naturally.
        foreach (var property in modelBuilder.Model.GetEntityTypes().SelectMany(e => e.GetProperties()))
        {
            if (property.GetColumnName() == property.Name)
            {
                property.SetColumnName(SnakeCase(property.Name));
            }

            // PostgreSQL's timestamptz holds an instant, and Npgsql writes only UTC offsets: times are stored as UTC
            // (SQLite keeps the text as given; both read back the same instant).
            if (Database.IsNpgsql() && property.ClrType == typeof(DateTimeOffset))
            {
                property.SetValueConverter(new ValueConverter<DateTimeOffset, DateTimeOffset>(v => v.ToUniversalTime(), v => v));
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
