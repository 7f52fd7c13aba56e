using Microsoft.AspNetCore.Identity;

namespace Reporting.Web.Identity;

/// <summary>A person who logs in to the portal; roles and agencies are Identity roles and claims.</summary>
public sealed class PortalUser : IdentityUser
{
    public string? DisplayName { get; set; }
}
