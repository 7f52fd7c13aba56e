using Microsoft.Playwright;
using Reporting.Testing;

namespace Reporting.Web.Tests.Browser;

/// <summary>
/// Every page opens for the roles that may see it, in both languages, and is screenshotted (out/screenshots) to be
/// looked at; a page a role may not see shows a plain 403 page, not a stack trace.
/// </summary>
[Collection(LivePortalCollection.Name)]
public sealed class EveryPageTests
{
    private const string Month = "2026-05";

    private readonly LivePortals portals;

    public EveryPageTests(LivePortals portals) => this.portals = portals;

    [BrowserTheory]
    public async Task EachRoleSeesItsPages_AndIsRefusedOthersPolitely(StorageProvider provider)
    {
        var portal = await portals.ForAsync(provider);
        var anonymous = await (await portal.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = portal.BaseUrl })).NewPageAsync();
        var login = await anonymous.GotoAsync("/Period");
        Assert.Contains("/Account/Login", anonymous.Url, StringComparison.Ordinal);
        Assert.Equal(200, login!.Status);
        await LivePortal.ScreenshotAsync(anonymous, "login");

        // The analyst uploads an enterprise's file on its behalf, then goes through the analyst's pages.
        var analyst = await portal.LoginAsync("analyst");
        await Open(analyst, "/Upload");
        var file = Workbooks.Filled(PortalFactory.Enterprise, Month, new Dictionary<string, object> { ["TEL.REVENUE"] = 43_000, ["TEL.PHONE_SUBS"] = 1_250_000 });
        await analyst.SetInputFilesAsync("#files", new FilePayload { Name = "VNPT-thang-5.xlsx", MimeType = "application/octet-stream", Buffer = file });
        await analyst.ClickAsync("form.upload button[type=submit]");
        await analyst.Locator("section.result.accepted").WaitForAsync();
        await LivePortal.ScreenshotAsync(analyst, "upload-on-behalf");

        await Open(analyst, $"/?period={Month}");
        Assert.Contains("status-", await analyst.Locator($"tr[data-agency={PortalFactory.Enterprise}] .badge").First.GetAttributeAsync("class") ?? string.Empty, StringComparison.Ordinal);
        await LivePortal.ScreenshotAsync(analyst, "dashboard");

        await Open(analyst, $"/Period?period={Month}");
        Assert.Contains("43.000", await analyst.Locator("#summary").InnerTextAsync(), StringComparison.Ordinal);
        await LivePortal.ScreenshotAsync(analyst, "period");

        await analyst.ClickAsync("#summary tr[data-indicator='TEL.REVENUE'] a[href^='/Trace']");
        await LivePortal.WaitForPageAsync(analyst, url => url.Contains("/Trace", StringComparison.Ordinal));
        Assert.Contains(PortalFactory.Enterprise, await analyst.InnerTextAsync("main"), StringComparison.Ordinal);
        await LivePortal.ScreenshotAsync(analyst, "trace");

        await Open(analyst, "/Submissions");
        await LivePortal.ScreenshotAsync(analyst, "submissions-all");
        await analyst.ClickAsync($"table.grid tr:has-text('{PortalFactory.Enterprise}') a[href^='/Submissions/']");
        await LivePortal.WaitForPageAsync(analyst, url => url.Contains("/Submissions/", StringComparison.Ordinal));
        var detail = await analyst.InnerTextAsync("main");
        Assert.Contains("analyst", detail, StringComparison.Ordinal);
        Assert.Contains("43.000", detail, StringComparison.Ordinal);
        await LivePortal.ScreenshotAsync(analyst, "submission-detail");

        await analyst.ClickAsync("button[name=lang][value=en]");
        await analyst.Locator("html[lang=en] main").WaitForAsync();
        Assert.Equal("en", await analyst.GetAttributeAsync("html", "lang"));
        Assert.Contains("43,000", await analyst.InnerTextAsync("main"), StringComparison.Ordinal);
        await Open(analyst, $"/?period={Month}");
        await LivePortal.ScreenshotAsync(analyst, "dashboard-en");

        // The leader reads; uploading is refused with a page, not an error dump.
        var leader = await portal.LoginAsync("leader");
        await Open(leader, $"/Period?period={Month}");
        Assert.Equal(0, await leader.Locator("nav a[href='/Upload']").CountAsync());
        await LivePortal.ScreenshotAsync(leader, "leader-period");
        var refused = await leader.GotoAsync("/Upload");
        Assert.Equal(403, refused!.Status);
        Assert.DoesNotContain("Exception", await leader.ContentAsync(), StringComparison.Ordinal);
        await LivePortal.ScreenshotAsync(leader, "forbidden");

        var admin = await portal.LoginAsync("admin");
        await Open(admin, "/Admin/Users");
        Assert.Contains(PortalFactory.DepartmentSubmitter, await admin.InnerTextAsync("#users"), StringComparison.Ordinal);
        await LivePortal.ScreenshotAsync(admin, "admin-users");
        await Open(admin, "/Admin/Catalog");
        await LivePortal.ScreenshotAsync(admin, "admin-catalog");
    }

    /// <summary>Goes to a page and checks it answered 200 with the portal's layout, not an error page.</summary>
    private static async Task Open(IPage page, string path)
    {
        var response = await page.GotoAsync(path);
        Assert.Equal(200, response!.Status);
        Assert.Equal(1, await page.Locator("header nav").CountAsync());
    }
}
