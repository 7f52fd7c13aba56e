using System.Reflection;

namespace Reporting.Web;

/// <summary>Serves the stylesheet and script embedded in the assembly (Assets/), open to everyone (the login page uses them).</summary>
internal static class PortalAssets
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.Ordinal)
    {
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
    };

    public static void Map(WebApplication app)
    {
        var assembly = typeof(PortalAssets).Assembly;
        var names = assembly.GetManifestResourceNames().Where(n => n.StartsWith("assets/", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
        app.MapGet("/assets/{name}", (string name, HttpContext context) =>
        {
            var resource = "assets/" + name;
            if (!names.Contains(resource) || !ContentTypes.TryGetValue(Path.GetExtension(name), out var type))
            {
                return Results.NotFound();
            }

            context.Response.Headers.CacheControl = "public, max-age=3600";
            return Results.Stream(assembly.GetManifestResourceStream(resource)!, type);
        }).AllowAnonymous();
    }
}
