using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Reporting.Web.Identity;
using Reporting.Web.Localization;
using Reporting.Web.Security;
using Reporting.Workflows;

using Reporting.Core.Audit;
using Reporting.Workflows.Audit;

namespace Reporting.Web.Pages.Admin;

/// <summary>Accounts: create with a role and agencies, change a submitter's agencies, lock and unlock.</summary>
[Authorize(Policy = PortalPolicies.Admin)]
public sealed class UsersModel(UserManager<PortalUser> users, ReportingDatabase database, PortalText text, TimeProvider time) : PageModel
{
    /// <summary>A row of the user list.</summary>
    public sealed record Row(string UserName, string Role, IReadOnlyList<string> Agencies, bool Locked);

    public IReadOnlyList<Row> Users { get; private set; } = [];

    public IReadOnlyList<string> Messages { get; private set; } = [];

    public string? Done { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostCreateAsync(string? userName, string? password, string? role, string? agencies)
    {
        if (!PortalRoles.All.Contains(role ?? string.Empty))
        {
            return await ShowAsync([text["Choose a role."]]);
        }

        var (codes, unknown) = await ParseAgenciesAsync(agencies);
        if (unknown.Count > 0)
        {
            return await ShowAsync([text.Format("No such agency: {0}.", string.Join(", ", unknown))]);
        }

        var user = new PortalUser { UserName = userName?.Trim(), DisplayName = userName?.Trim() };
        var created = await users.CreateAsync(user, password ?? string.Empty);
        if (!created.Succeeded)
        {
            return await ShowAsync(created.Errors.Select(e => e.Description).ToList());
        }

        await users.AddToRoleAsync(user, role!);
        await users.AddClaimsAsync(user, codes.Select(c => new Claim(PortalClaims.Agency, c)));
        await AuditTrail.RecordAloneAsync(database, PortalActor.Of(HttpContext), AuditAction.UserChanged, null, new { user = user.UserName, created = true, agencies = codes });
        await AuditTrail.RecordAloneAsync(database, PortalActor.Of(HttpContext), AuditAction.RoleChanged, null, new { user = user.UserName, role });
        return await ShowAsync([], text.Format("Created {0}.", user.UserName));
    }

    public async Task<IActionResult> OnPostAgenciesAsync(string? userName, string? agencies)
    {
        var user = userName is null ? null : await users.FindByNameAsync(userName);
        if (user is null)
        {
            return NotFound();
        }

        var (codes, unknown) = await ParseAgenciesAsync(agencies);
        if (unknown.Count > 0)
        {
            return await ShowAsync([text.Format("No such agency: {0}.", string.Join(", ", unknown))]);
        }

        var before = (await users.GetClaimsAsync(user)).Where(c => c.Type == PortalClaims.Agency).ToList();
        await users.RemoveClaimsAsync(user, before);
        await users.AddClaimsAsync(user, codes.Select(c => new Claim(PortalClaims.Agency, c)));
        await users.UpdateSecurityStampAsync(user);
        await AuditTrail.RecordAloneAsync(
            database, PortalActor.Of(HttpContext), AuditAction.UserChanged, new { user = user.UserName, agencies = before.Select(c => c.Value) }, new { user = user.UserName, agencies = codes });
        return await ShowAsync([], text.Format("Saved the agencies of {0}.", user.UserName));
    }

    public async Task<IActionResult> OnPostLockAsync(string? userName, bool locked)
    {
        var user = userName is null ? null : await users.FindByNameAsync(userName);
        if (user is null)
        {
            return NotFound();
        }

        if (locked && string.Equals(user.UserName, User.Identity?.Name, StringComparison.Ordinal))
        {
            return await ShowAsync([text["You cannot lock your own account."]]);
        }

        await users.SetLockoutEnabledAsync(user, true);
        var wasLocked = await users.IsLockedOutAsync(user);
        await users.SetLockoutEndDateAsync(user, locked ? DateTimeOffset.MaxValue : null);
        await users.UpdateSecurityStampAsync(user);
        await AuditTrail.RecordAloneAsync(database, PortalActor.Of(HttpContext), AuditAction.UserChanged, new { user = user.UserName, locked = wasLocked }, new { user = user.UserName, locked });
        return await ShowAsync([], text.Format(locked ? "Locked {0}." : "Unlocked {0}.", user.UserName));
    }

    private async Task<(List<string> Codes, List<string> Unknown)> ParseAgenciesAsync(string? agencies)
    {
        var directory = database.Agencies;
        var codes = (agencies ?? string.Empty).Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).ToList();
        return (codes.Where(c => directory.Find(c) is not null).ToList(), codes.Where(c => directory.Find(c) is null).ToList());
    }

    private async Task<IActionResult> ShowAsync(IReadOnlyList<string> messages, string? done = null)
    {
        (Messages, Done) = (messages, done);
        if (messages.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        var rows = new List<Row>();
        foreach (var user in await PortalUsers.ByNameAsync(users))
        {
            var roles = await users.GetRolesAsync(user);
            var claims = await users.GetClaimsAsync(user);
            var locked = user.LockoutEnd is { } end && end > time.GetUtcNow();
            rows.Add(new Row(user.UserName ?? string.Empty, string.Join(", ", roles), claims.Where(c => c.Type == PortalClaims.Agency).Select(c => c.Value).ToList(), locked));
        }

        Users = rows;
    }
}
