using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Reporting.Web.Identity;

/// <summary>Reads of the user store that need EF Core's async LINQ, kept here with the rest of the portal's EF Core use.</summary>
public static class PortalUsers
{
    /// <summary>Every account, by user name.</summary>
    public static async Task<IReadOnlyList<PortalUser>> ByNameAsync(UserManager<PortalUser> users, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(users);
        return await users.Users.OrderBy(u => u.UserName).ToListAsync(cancellationToken);
    }
}
