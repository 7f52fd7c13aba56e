namespace Reporting.Web.Identity;

/// <summary>The portal's roles. A submitter acts for the agencies named by its <see cref="PortalClaims.Agency"/> claims.</summary>
public static class PortalRoles
{
    public const string Submitter = "submitter";
    public const string Analyst = "analyst";
    public const string Leader = "leader";
    public const string Admin = "admin";

    public static IReadOnlyList<string> All { get; } = [Submitter, Analyst, Leader, Admin];
}
