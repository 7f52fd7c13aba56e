using Reporting.Core.Audit;

namespace Reporting.Web.Security;

/// <summary>Who acts in a request, for the audit log: the signed-in user's name (or the name typed at login) and the remote IP address.</summary>
public static class PortalActor
{
    public static Actor Of(HttpContext context, string? userName = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        var name = userName ?? context.User.Identity?.Name;
        return new Actor(string.IsNullOrWhiteSpace(name) ? "anonymous" : name, context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
    }
}
