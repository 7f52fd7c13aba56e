using Microsoft.EntityFrameworkCore;
using Reporting.Core.Audit;
using Reporting.Data.Entities;

namespace Reporting.Data;

/// <summary>
/// The append-only audit log: entries are added inside the caller's transaction (so an entry exists exactly when the
/// change it records was committed) and read back filtered. Nothing here, or anywhere, changes or removes an entry.
/// </summary>
public sealed class AuditLog(ReportingDbContext db)
{
    /// <summary>Adds an entry; inside the context's current transaction when there is one.</summary>
    public async Task AppendAsync(AuditEntryEntity entry, CancellationToken cancellationToken = default)
    {
        db.AuditEntries.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
        db.Entry(entry).State = EntityState.Detached;
    }

    /// <summary>Entries in the order they were written, filtered by period, agency and time (each optional).</summary>
    public async Task<IReadOnlyList<AuditRecord>> ListAsync(string? period = null, string? agencyCode = null, DateTimeOffset? since = null, CancellationToken cancellationToken = default)
    {
        var query = db.AuditEntries.AsNoTracking();
        if (period is not null)
        {
            query = query.Where(a => a.Period == period);
        }

        if (agencyCode is not null)
        {
            query = query.Where(a => a.AgencyCode == agencyCode);
        }

        var rows = await query.OrderBy(a => a.Id).ToListAsync(cancellationToken);

        // Compared here, not in SQL: SQLite keeps the instants as text, which EF does not compare there.
        return rows.Where(a => since is null || a.At >= since)
            .Select(a => new AuditRecord(a.Id, a.At.ToUniversalTime(), a.Actor, a.Origin, a.Action, a.Period, a.AgencyCode, a.SubmissionId, a.Before, a.After))
            .ToList();
    }
}
