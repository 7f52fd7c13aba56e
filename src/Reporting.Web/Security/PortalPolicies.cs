using Microsoft.AspNetCore.Authorization;
using Reporting.Web.Identity;

namespace Reporting.Web.Security;

/// <summary>Named authorization policies the pages declare; the roles behind each are decided here only.</summary>
public static class PortalPolicies
{
    public const string Upload = "upload";
    public const string Province = "province";
    public const string ExcelReports = "excel-reports";
    public const string PdfReports = "pdf-reports";
    public const string Admin = "admin";
    public const string Audit = "audit";
    public const string Review = "review";
    public const string Remind = "remind";

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(Upload, p => p.RequireRole(PortalRoles.Submitter, PortalRoles.Analyst, PortalRoles.Admin));
        options.AddPolicy(Province, p => p.RequireRole(PortalRoles.Analyst, PortalRoles.Leader, PortalRoles.Admin));
        options.AddPolicy(ExcelReports, p => p.RequireRole(PortalRoles.Analyst, PortalRoles.Admin));
        options.AddPolicy(PdfReports, p => p.RequireRole(PortalRoles.Analyst, PortalRoles.Leader, PortalRoles.Admin));
        options.AddPolicy(Admin, p => p.RequireRole(PortalRoles.Admin));
        options.AddPolicy(Audit, p => p.RequireRole(PortalRoles.Analyst, PortalRoles.Admin));

        // Reviewing, issuing and reopening are the analysts' work.
        options.AddPolicy(Review, p => p.RequireRole(PortalRoles.Analyst));
        options.AddPolicy(Remind, p => p.RequireRole(PortalRoles.Analyst, PortalRoles.Admin));

        // Login everywhere but where a page opts out ([AllowAnonymous]: login, first-run setup, errors).
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
    }
}
