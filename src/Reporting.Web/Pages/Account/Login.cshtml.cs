using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Reporting.Core.Audit;
using Reporting.Web.Identity;
using Reporting.Web.Security;
using Reporting.Workflows;
using Reporting.Workflows.Audit;

namespace Reporting.Web.Pages.Account;

/// <summary>The one page open to everyone (with first-run setup): user name and password.</summary>
[AllowAnonymous]
public sealed class LoginModel(SignInManager<PortalUser> signIn, ReportingDatabase database) : PageModel
{
    public bool Failed { get; private set; }

    public string? UserName { get; private set; }

    public string? ReturnUrl { get; private set; }

    public IActionResult OnGet(string? returnUrl)
    {
        if (!signIn.UserManager.Users.Any())
        {
            return RedirectToPage("/Account/Setup");
        }

        ReturnUrl = returnUrl;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? userName, string? password, string? returnUrl)
    {
        var result = string.IsNullOrEmpty(userName) || string.IsNullOrEmpty(password)
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.PasswordSignInAsync(userName, password, isPersistent: false, lockoutOnFailure: true);
        if (!result.Succeeded)
        {
            // The name as typed (it may name nobody), never the password.
            await AuditTrail.RecordAloneAsync(
                database, PortalActor.Of(HttpContext, "anonymous"), AuditAction.LoginFailed, after: new { userName, lockedOut = result.IsLockedOut });
            (Failed, UserName, ReturnUrl) = (true, userName, returnUrl);
            return Page();
        }

        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}
