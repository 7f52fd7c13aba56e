using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Reporting.Web.Identity;

namespace Reporting.Web.Pages.Account;

/// <summary>Creates the first admin while the database has no user at all; refused (404) ever after.</summary>
[AllowAnonymous]
public sealed class SetupModel(UserManager<PortalUser> users, SignInManager<PortalUser> signIn) : PageModel
{
    public IReadOnlyList<string> Errors { get; private set; } = [];

    public IActionResult OnGet() => users.Users.Any() ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync(string? userName, string? password)
    {
        if (users.Users.Any())
        {
            return NotFound();
        }

        var user = new PortalUser { UserName = userName?.Trim(), DisplayName = userName?.Trim() };
        var created = await users.CreateAsync(user, password ?? string.Empty);
        if (!created.Succeeded)
        {
            Errors = created.Errors.Select(e => e.Description).ToList();
            return Page();
        }

        await users.AddToRoleAsync(user, PortalRoles.Admin);
        await signIn.SignInAsync(user, isPersistent: false);
        return Redirect("/Admin/Users");
    }
}
