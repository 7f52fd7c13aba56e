using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Reporting.Data.Entities;

namespace Reporting.Data;

/// <summary>
/// Refuses to save a changed or deleted audit entry: the audit log is append-only. One of three guards: the migration's
/// triggers refuse UPDATE and DELETE in the database on both providers, and a test scans the sources for any code that
/// would try.
/// </summary>
public sealed class AuditAppendOnly : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Check(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Check(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Check(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        foreach (var entry in context.ChangeTracker.Entries<AuditEntryEntity>())
        {
            if (entry.State is EntityState.Modified or EntityState.Deleted)
            {
                throw new InvalidOperationException($"The audit log is append-only: audit entry {entry.Entity.Id} cannot be {(entry.State == EntityState.Deleted ? "deleted" : "changed")}.");
            }
        }
    }
}
