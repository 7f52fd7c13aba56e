using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace Reporting.Testing;

/// <summary>What tests of a real listening portal need: a free port, and a page's anti-forgery token as a browser reads it.</summary>
public static partial class LocalHttp
{
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The anti-forgery token of the page's first form; null when it has none.</summary>
    public static string? AntiForgeryToken(string html) => TokenPattern().Match(html) is { Success: true } m ? m.Groups[1].Value : null;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
