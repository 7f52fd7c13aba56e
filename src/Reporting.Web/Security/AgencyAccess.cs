using System.Security.Claims;
using Reporting.Web.Identity;

namespace Reporting.Web.Security;

/// <summary>Which agencies a user may act for: every rule about "own agency" is here, checked on the server.</summary>
public static class AgencyAccess
{
    /// <summary>Analysts and admins act for every agency (an upload by them for an agency is recorded as on its behalf).</summary>
    public static bool ActsForAll(ClaimsPrincipal user) => user.IsInRole(PortalRoles.Analyst) || user.IsInRole(PortalRoles.Admin);

    /// <summary>Analysts, leaders and admins see every agency's status and the province's figures.</summary>
    public static bool SeesAll(ClaimsPrincipal user) => ActsForAll(user) || user.IsInRole(PortalRoles.Leader);

    /// <summary>The agencies a submitter belongs to.</summary>
    public static IReadOnlySet<string> OwnAgencies(ClaimsPrincipal user) =>
        user.IsInRole(PortalRoles.Submitter)
            ? user.FindAll(PortalClaims.Agency).Select(c => c.Value).ToHashSet(StringComparer.Ordinal)
            : new HashSet<string>(StringComparer.Ordinal);

    public static bool MayActFor(ClaimsPrincipal user, string agencyCode) => ActsForAll(user) || OwnAgencies(user).Contains(agencyCode);

    public static bool MayUpload(ClaimsPrincipal user) => ActsForAll(user) || user.IsInRole(PortalRoles.Submitter);

    /// <summary>The agencies whose submissions a user may read: null means all.</summary>
    public static IReadOnlySet<string>? ReadableAgencies(ClaimsPrincipal user) => SeesAll(user) ? null : OwnAgencies(user);
}
