using Microsoft.EntityFrameworkCore;
using Reporting.Core.Issue;
using Reporting.Data.Entities;

namespace Reporting.Data;

/// <summary>Issued reports (their files' bytes and figures, kept as issued) and the locks they put on their periods.</summary>
public sealed class PeriodLockStore(ReportingDbContext db)
{
    /// <summary>The period's lock while it holds; null when the period is open.</summary>
    /// <remarks>Plain SQL: every imported file asks (behind the store gate), where LINQ cost more than the read.</remarks>
    public Task<PeriodLock?> LockOfAsync(string period, CancellationToken cancellationToken = default) =>
        PlainSql.RunAsync(db.Database, async command =>
        {
            command.CommandText = "SELECT period, issued_report_id, locked_at, locked_by FROM period_locks WHERE period = @period AND reopened_at IS NULL ORDER BY id DESC LIMIT 1";
            PlainSql.AddParameter(command, "period", period);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            return await reader.ReadAsync(cancellationToken)
                ? new PeriodLock(reader.GetString(0), reader.GetInt64(1), reader.GetFieldValue<DateTimeOffset>(2).ToUniversalTime(), reader.GetString(3))
                : null;
        }, cancellationToken);

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
