using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Reporting.Core.Issue;
using Reporting.Core.Periods;
using Reporting.Data.Entities;
using Reporting.Data.FastPaths;

namespace Reporting.Data;

/// <summary>Issued reports (their files' bytes and figures, kept as issued) and the locks they put on their periods.</summary>
public sealed class PeriodLockStore(ReportingDbContext db)
{
    /// <summary>A lock's columns, in the order <see cref="LockOf"/> reads them.</summary>
    private const string LockColumns = "period, issued_report_id, locked_at, locked_by";

    /// <summary>The period's own lock while it holds (not one of a period it lies within); null when it has none.</summary>
    /// <remarks>Plain SQL, as <see cref="LockHoldingAsync"/>.</remarks>
    public Task<PeriodLock?> LockOfAsync(string period, CancellationToken cancellationToken = default) =>
        PlainSql.RunAsync(db.Database, async command =>
        {
            command.CommandText = $"SELECT {LockColumns} FROM period_locks WHERE period = @period AND reopened_at IS NULL ORDER BY id DESC LIMIT 1";
            PlainSql.AddParameter(command, "period", period);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            return await reader.ReadAsync(cancellationToken) ? LockOf(reader) : null;
        }, cancellationToken);

    /// <summary>
    /// The lock that refuses a file of <paramref name="period"/>: its own period's, or that of a period it lies within
    /// (a month of an issued half-year), the latest issued first; null when none holds it.
    /// </summary>
    /// <remarks>Plain SQL: a dry run asks for every file, where LINQ cost more than the read.</remarks>
    public Task<PeriodLock?> LockHoldingAsync(PeriodId period, CancellationToken cancellationToken = default) =>
        PlainSql.RunAsync(db.Database, async command =>
        {
            command.CommandText = OpenLocksOfYearSql;
            AddYear(command, period);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            return await ReadHoldingAsync(reader, period, cancellationToken);
        }, cancellationToken);

    /// <summary>
    /// The open locks of a year's periods (<c>@year_periods</c>, its digits and a wildcard: every period lies within one
    /// year), newest first; with <see cref="AddYear"/> and <see cref="ReadHoldingAsync"/>, also the first statement of a
    /// store's own command.
    /// </summary>
    internal const string OpenLocksOfYearSql =
        $"SELECT {LockColumns} FROM period_locks WHERE reopened_at IS NULL AND period LIKE @year_periods ORDER BY id DESC;";

    internal static void AddYear(DbCommand command, PeriodId period)
    {
        PlainSql.AddParameter(command, "year", period.Year);
        PlainSql.AddParameter(command, "year_periods", period.Year.ToString("D4", CultureInfo.InvariantCulture) + "%");
    }

    internal static async Task<PeriodLock?> ReadHoldingAsync(DbDataReader reader, PeriodId period, CancellationToken cancellationToken)
    {
        PeriodLock? holding = null;
        while (await reader.ReadAsync(cancellationToken))
        {
            var held = LockOf(reader);
            holding ??= held.Holds(period) ? held : null;
        }

        return holding;
    }

    private static PeriodLock LockOf(DbDataReader reader) =>
        new(reader.GetString(0), reader.GetInt64(1), reader.GetFieldValue<DateTimeOffset>(2).ToUniversalTime(), reader.GetString(3));

    /// <summary>
    /// Makes stores of <paramref name="year"/>'s periods wait until the caller's transaction ends, where the provider
    /// runs them at the same time (PostgreSQL); on SQLite the transaction already holds the one writer's lock.
    /// </summary>
    public async Task HoldStoresOfYearAsync(int year, CancellationToken cancellationToken = default)
    {
        if (EfStorage.For(db).IssueLockSql is not { } sql)
        {
            return;
        }

        await PlainSql.RunAsync(db.Database, command =>
        {
            command.CommandText = sql;
            PlainSql.AddParameter(command, "year", year);
            return command.ExecuteScalarAsync(cancellationToken);
        }, cancellationToken);
    }

    /// <summary>Stores the issued report and locks its period, in the caller's transaction; returns the report's id.</summary>
    public async Task<long> IssueAsync(IssuedReportEntity report, CancellationToken cancellationToken = default)
    {
        db.IssuedReports.Add(report);
        await db.SaveChangesAsync(cancellationToken);
        db.PeriodLocks.Add(new PeriodLockEntity { Period = report.Period, IssuedReportId = report.Id, LockedAt = report.IssuedAt, LockedBy = report.IssuedBy });
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return report.Id;
    }

    /// <summary>Lifts the period's lock with who and why, in the caller's transaction; false when it was not locked.</summary>
    public async Task<bool> ReopenAsync(string period, string by, DateTimeOffset at, string reason, CancellationToken cancellationToken = default)
    {
        var changed = await db.PeriodLocks
            .Where(l => l.Period == period && l.ReopenedAt == null)
            .ExecuteUpdateAsync(l => l.SetProperty(x => x.ReopenedAt, at).SetProperty(x => x.ReopenedBy, by).SetProperty(x => x.ReopenReason, reason), cancellationToken);
        return changed > 0;
    }

    /// <summary>Every report issued for the period, oldest first, with whether each was reopened.</summary>
    public async Task<IReadOnlyList<IssuedReportInfo>> IssuedAsync(string period, CancellationToken cancellationToken = default)
    {
        var reports = await db.IssuedReports.AsNoTracking().Where(r => r.Period == period).OrderBy(r => r.Id)
            .Select(r => new { r.Id, r.Period, r.IssuedAt, r.IssuedBy, r.Language })
            .ToListAsync(cancellationToken);
        var locks = await db.PeriodLocks.AsNoTracking().Where(l => l.Period == period).ToListAsync(cancellationToken);
        return reports.Select(r =>
            {
                var held = locks.FirstOrDefault(l => l.IssuedReportId == r.Id);
                return new IssuedReportInfo(r.Id, r.Period, r.IssuedAt.ToUniversalTime(), r.IssuedBy, r.Language, held?.ReopenedAt?.ToUniversalTime(), held?.ReopenedBy, held?.ReopenReason);
            })
            .ToList();
    }

    /// <summary>The files and figures of the period's latest issued report, as issued; null when none was issued.</summary>
    public Task<IssuedReportEntity?> LatestAsync(string period, CancellationToken cancellationToken = default) =>
        db.IssuedReports.AsNoTracking().Where(r => r.Period == period).OrderByDescending(r => r.Id).FirstOrDefaultAsync(cancellationToken);
}
