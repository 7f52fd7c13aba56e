using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Reporting.Web.Identity;

namespace Reporting.Web.Pages.Account;

/// <summary>Signs out (POST only, with the anti-forgery token, so a link elsewhere cannot log a user out).</summary>
public sealed class LogoutModel(SignInManager<PortalUser> signIn) : PageModel
{
    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return RedirectToPage("/Account/Login");
    }
}
