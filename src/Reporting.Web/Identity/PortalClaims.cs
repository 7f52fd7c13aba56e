namespace Reporting.Web.Identity;

/// <summary>Claim types the portal stores on users.</summary>
public static class PortalClaims
{
    /// <summary>An agency code a submitter may download templates for, upload for and read the submissions of.</summary>
    public const string Agency = "reporting:agency";
}
