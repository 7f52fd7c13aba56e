using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;
using Reporting.Testing;

namespace Reporting.Web.Tests.Browser;

/// <summary>
/// The portal as users meet it: the real program listening on a local port over a fresh database of one provider (a
/// SQLite file, or a database on the PostgreSQL test cluster), and headless Chromium. Screenshots go to out/screenshots.
/// </summary>
public sealed class LivePortal(StorageProvider provider) : IAsyncLifetime
{
    public const string Password = "Browser-password-2026";

    /// <summary>How long a page may take to show on a machine running the whole suite.</summary>
    private static readonly TimeSpan PageTimeout = TimeSpan.FromSeconds(60);

    private readonly string folder = Directory.CreateTempSubdirectory("reporting-browser-").FullName;
    private TestDatabase? database;
    private WebApplication? app;
    private IPlaywright? playwright;

    public string BaseUrl { get; } = $"http://127.0.0.1:{LocalHttp.FreePort()}";

    public IBrowser Browser { get; private set; } = null!;

    public string Downloads => Directory.CreateDirectory(Path.Combine(folder, "downloads")).FullName;

    public static string Screenshots => Directory.CreateDirectory(Path.Combine(RepoFiles.Root, "out", "screenshots")).FullName;

    public async Task InitializeAsync()
    {
        if (Chromium.Path is null)
        {
            return;
        }

        database = await TestDatabase.CreateAsync(provider);
        app = PortalApp.Build([
            $"--urls={BaseUrl}",
            $"--Portal:Database={database.Location}",
            $"--Portal:Templates={RepoFiles.Templates}",
            "--Portal:DemoAccounts=true",
            $"--Portal:DemoPassword={Password}",
            "--Logging:LogLevel:Default=Warning",
        ]);
        await app.StartAsync();

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.Path,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        });
    }

    /// <summary>A new browser context (its own cookies) logged in as the user.</summary>
    public async Task<IPage> LoginAsync(string userName)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, AcceptDownloads = true, ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await page.FillAsync("input[name=userName]", userName);
        await page.FillAsync("input[name=password]", Password);
        await page.ClickAsync("button[type=submit].primary");
        try
        {
            await WaitForPageAsync(page, url => !url.Contains("/Account/Login", StringComparison.Ordinal));
        }
        catch (TimeoutException ex)
        {
            throw new InvalidOperationException($"login as {userName} stayed on {page.Url}: {await page.InnerTextAsync("main")}", ex);
        }

        return page;
    }

    /// <summary>
    /// Waits until the browser shows a page whose address <paramref name="isThere"/> accepts, with its main part. Never
    /// for a load state: Playwright's <c>WaitForURL</c> waits for one when the address already matches, and under the
    /// whole suite's load it waited 30 s for the load of pages already shown whole, three times in three CI runs.
    /// </summary>
    public static async Task WaitForPageAsync(IPage page, Func<string, bool> isThere)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!isThere(page.Url))
        {
            if (waited.Elapsed > PageTimeout)
            {
                throw new TimeoutException($"the browser stayed on {page.Url}");
            }

            await Task.Delay(50);
        }

        await page.Locator("main").WaitForAsync(new LocatorWaitForOptions { Timeout = (float)PageTimeout.TotalMilliseconds });
    }

    /// <summary>Saves what the user sees (the first screen; long pages are also kept whole as <c>name-full.png</c>).</summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, name + ".png") });
        var height = await page.EvaluateAsync<int>("document.documentElement.scrollHeight");
        if (height > page.ViewportSize!.Height)
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, name + "-full.png"), FullPage = true });
        }
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        if (database is not null)
        {
            await database.DisposeAsync();
        }

        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>One live portal per storage provider, started on first use and shared by the browser tests of the collection.</summary>
public sealed class LivePortals : IAsyncLifetime
{
    private readonly Dictionary<StorageProvider, Task<LivePortal>> started = [];

    public Task<LivePortal> ForAsync(StorageProvider provider)
    {
        lock (started)
        {
            if (!started.TryGetValue(provider, out var portal))
            {
                portal = StartAsync(provider);
                started.Add(provider, portal);
            }

            return portal;
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var portal in started.Values)
        {
            await (await portal).DisposeAsync();
        }
    }

    private static async Task<LivePortal> StartAsync(StorageProvider provider)
    {
        var portal = new LivePortal(provider);
        await portal.InitializeAsync();
        return portal;
    }
}

[CollectionDefinition(Name)]
public sealed class LivePortalCollection : ICollectionFixture<LivePortals>
{
    public const string Name = "live portal";
}
