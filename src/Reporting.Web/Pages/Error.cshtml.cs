using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Reporting.Web.Pages;

/// <summary>What the user sees for an error or refused request: a plain message, never a stack trace.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public int Code { get; private set; }

    public string Message { get; private set; } = string.Empty;

    public void OnGet(int? code) => Describe(code);

    public void OnPost(int? code) => Describe(code);

    private void Describe(int? code)
    {
        Code = code ?? StatusCodes.Status500InternalServerError;
        Message = Code switch
        {
            400 => "The request was not valid (the form may have expired: reload the page and try again).",
            403 => "You do not have access to this page or agency.",
            404 => "There is no such page.",
            413 => "The upload is too large.",
            _ => "Something went wrong on the server. The error was logged; please try again.",
        };
        Response.StatusCode = Code;
    }
}
