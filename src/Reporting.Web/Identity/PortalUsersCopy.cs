using Microsoft.EntityFrameworkCore;
using Reporting.Data.Opening;
using Reporting.Workflows;

namespace Reporting.Web.Identity;

/// <summary>
/// Copies the portal's users, roles, claims, logins and tokens from one reporting database to another (for `reporting
/// copy`), with their password hashes and security stamps, so everyone logs in on the copy as before. Does nothing
/// when the source holds no users' tables (a database the portal never served).
/// </summary>
public static class PortalUsersCopy
{
    /// <returns>How many users were copied; null when the source has no portal users' tables.</returns>
    public static Task<int?> CopyAsync(DatabaseOpening origin, DatabaseOpening destination, Action<string>? tell, CancellationToken cancellationToken = default) =>
        CopyAsync(new DatabaseSettings(origin.Location, ReadOnly: true, BusyTimeout: origin.BusyTimeout), new DatabaseSettings(destination.Location, BusyTimeout: destination.BusyTimeout), tell, cancellationToken);

    private static async Task<int?> CopyAsync(DatabaseSettings origin, DatabaseSettings destination, Action<string>? tell, CancellationToken cancellationToken)
    {
        await using var source = PortalIdentityDbContext.Create(origin with { ReadOnly = true });
        if (!(await source.Database.GetAppliedMigrationsAsync(cancellationToken)).Any())
        {
            return null;
        }

        await using var target = PortalIdentityDbContext.Create(destination);
        await DatabaseSchema.UpgradeAsync(target, destination, tell, cancellationToken);
        if (await target.Users.AnyAsync(cancellationToken))
        {
            throw new DatabaseUnavailableException($"{destination.FullPath} already holds portal users: copy only into a new or empty database.");
        }

        await using var transaction = await target.Database.BeginTransactionAsync(cancellationToken);
        target.Roles.AddRange(await source.Roles.AsNoTracking().ToListAsync(cancellationToken));
        target.Users.AddRange(await source.Users.AsNoTracking().ToListAsync(cancellationToken));
        await target.SaveChangesAsync(cancellationToken);
        target.ChangeTracker.Clear();

        // Claim ids are the target's own (identity columns); what they say is copied.
        target.UserRoles.AddRange(await source.UserRoles.AsNoTracking().ToListAsync(cancellationToken));
        target.UserClaims.AddRange((await source.UserClaims.AsNoTracking().OrderBy(c => c.Id).ToListAsync(cancellationToken)).Select(c => { c.Id = 0; return c; }));
        target.RoleClaims.AddRange((await source.RoleClaims.AsNoTracking().OrderBy(c => c.Id).ToListAsync(cancellationToken)).Select(c => { c.Id = 0; return c; }));
        target.UserLogins.AddRange(await source.UserLogins.AsNoTracking().ToListAsync(cancellationToken));
        target.UserTokens.AddRange(await source.UserTokens.AsNoTracking().ToListAsync(cancellationToken));
        await target.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return await target.Users.CountAsync(cancellationToken);
    }
}
