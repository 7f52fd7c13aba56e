using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Reporting.Web.Localization;

namespace Reporting.Web.Pages;

/// <summary>Switches the page language (a cookie) and goes back where the user was.</summary>
[AllowAnonymous]
public sealed class LanguageModel : PageModel
{
    public IActionResult OnPost(string? lang, string? returnUrl)
    {
        Response.Cookies.Append(PortalText.CookieName, lang == "en" ? "en" : "vi", new CookieOptions
        {
            HttpOnly = true,
            IsEssential = true,
            SameSite = SameSiteMode.Lax,
            Secure = Request.IsHttps,
            MaxAge = TimeSpan.FromDays(365),
        });
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }

    public IActionResult OnGet() => LocalRedirect("/");
}
