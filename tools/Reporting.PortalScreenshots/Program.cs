// Usage: dotnet run --project tools/Reporting.PortalScreenshots -- out/sample.db docs
// Serves a copy of the database with demo accounts on a local port and screenshots the analyst's pages in headless Chromium.
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using Microsoft.Playwright;
using Reporting.Web;

if (args.Length < 2)
{
    Console.Error.WriteLine("usage: Reporting.PortalScreenshots <database.db> <output folder> [templates folder]");
    return 2;
}

var (database, output, templates) = (Path.GetFullPath(args[0]), Directory.CreateDirectory(args[1]).FullName, Path.GetFullPath(args.Length > 2 ? args[2] : "templates"));
var copy = Path.Combine(Directory.CreateTempSubdirectory("portal-screenshots-").FullName, "portal.db");
File.Copy(database, copy);
var password = "Shot-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));
var url = $"http://127.0.0.1:{FreePort()}";

await using var app = PortalApp.Build([$"--urls={url}", $"--Portal:Database={copy}", $"--Portal:Templates={templates}", "--Portal:DemoAccounts=true", $"--Portal:DemoPassword={password}", "--Logging:LogLevel:Default=Warning"]);
await app.StartAsync();
using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = OnPath("chromium"), Headless = true, Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
var page = await browser.NewPageAsync(new() { BaseURL = url, ViewportSize = new() { Width = 1280, Height = 860 } });
await page.GotoAsync("/Account/Login");
await page.FillAsync("input[name=userName]", "analyst");
await page.FillAsync("input[name=password]", password);
await page.ClickAsync("button[type=submit].primary");
await page.WaitForURLAsync(u => !u.Contains("/Account/Login", StringComparison.Ordinal));

foreach (var (path, name) in new[] { ("/", "portal-dashboard.png"), ("/Period", "portal-period.png") })
{
    await page.GotoAsync(path);
    await page.ScreenshotAsync(new() { Path = Path.Combine(output, name) });
    Console.WriteLine(Path.Combine(output, name));
}

await app.StopAsync();
return 0;

static string OnPath(string program) =>
    (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Select(folder => Path.Combine(folder, program)).FirstOrDefault(File.Exists)
    ?? throw new InvalidOperationException($"{program} is not on PATH: run scripts/install-test-deps.sh");

static int FreePort()
{
    using var listener = new TcpListener(IPAddress.Loopback, 0);
    listener.Start();
    return ((IPEndPoint)listener.LocalEndpoint).Port;
}
