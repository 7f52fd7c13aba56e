using Microsoft.EntityFrameworkCore;
using Reporting.Core.Periods;
using Reporting.Data.Entities;

namespace Reporting.Data;

/// <summary>The reminders sent (table reminders_sent): which agency was reminded of which deadline, so none is sent twice.</summary>
public sealed class ReminderLog(ReportingDbContext db)
{
    /// <summary>The (agency, period, deadline) triples already reminded among those asked about.</summary>
    public async Task<IReadOnlySet<(string Agency, string Period, DateOnly Due)>> SentAsync(IReadOnlyCollection<PeriodId> periods, CancellationToken cancellationToken = default)
    {
        var ids = periods.Select(p => p.ToString()).ToList();
        var rows = await db.Set<ReminderSent>().AsNoTracking().Where(r => ids.Contains(r.Period)).Select(r => new { r.AgencyCode, r.Period, r.Due }).ToListAsync(cancellationToken);
        return rows.Select(r => (r.AgencyCode, r.Period, r.Due)).ToHashSet();
    }

    /// <summary>
    /// Records a reminder and runs <paramref name="send"/> in the same transaction: the row stays only when the mail went,
    /// and a reminder recorded by someone else meanwhile (the unique index) is not sent again. False when it was already sent.
    /// </summary>
    public async Task<bool> RecordAndSendAsync(string agency, PeriodId period, DateOnly due, string recipient, DateTimeOffset sentAt, Func<CancellationToken, Task> send, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var row = new ReminderSent { AgencyCode = agency, Period = period.ToString(), Due = due, Recipient = recipient, SentAt = sentAt };
        db.Add(row);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return false;
        }

        try
        {
            await send(cancellationToken);
        }
        catch
        {
            await transaction.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            throw;
        }

        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return true;
    }

    /// <summary>Every reminder sent, oldest first (for listings and tests).</summary>
    public async Task<IReadOnlyList<(string Agency, string Period, DateOnly Due, string Recipient, DateTimeOffset SentAt)>> AllAsync(CancellationToken cancellationToken = default) =>
        (await db.Set<ReminderSent>().AsNoTracking().OrderBy(r => r.Id).ToListAsync(cancellationToken)).Select(r => (r.AgencyCode, r.Period, r.Due, r.Recipient, r.SentAt)).ToList();
}
