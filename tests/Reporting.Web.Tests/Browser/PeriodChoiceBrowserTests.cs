using Microsoft.Playwright;
using Reporting.Testing;

namespace Reporting.Web.Tests.Browser;

/// <summary>
/// In the browser: a period typed wrong in the address is answered with a message, the period list offers the periods
/// to choose from, and a yes/no answer reads Có in the upload result (screenshots in out/screenshots).
/// </summary>
[Collection(LivePortalCollection.Name)]
public sealed class PeriodChoiceBrowserTests(LivePortals portals)
{
    private const string Month = "2026-04";

    [BrowserTheory]
    public async Task APeriodTypedWrong_IsNamed_AndTheListOffersTheRightOnes(StorageProvider provider)
    {
        var portal = await portals.ForAsync(provider);
        var analyst = await portal.LoginAsync("analyst");
        await analyst.GotoAsync("/Upload");
        var file = Workbooks.Filled(PortalFactory.Department, Month, new Dictionary<string, object> { ["EDOC.CONNECTED"] = "Có", ["EDOC.SENT"] = 25 });
        await analyst.SetInputFilesAsync("#files", new FilePayload { Name = "VPUBND-thang-4.xlsx", MimeType = "application/octet-stream", Buffer = file });
        await analyst.ClickAsync("form.upload button[type=submit]");
        await analyst.Locator("section.result.accepted").WaitForAsync();
        var answer = analyst.Locator("section.result.accepted table.values tr:has-text('EDOC.CONNECTED') td.num").First;
        Assert.Equal("Có", (await answer.InnerTextAsync()).Trim());
        await LivePortal.ScreenshotAsync(analyst, "upload-yes-no");

        var typedWrong = await analyst.GotoAsync("/Period?period=2026-H3");
        Assert.Equal(400, typedWrong!.Status);
        Assert.Contains("'2026-H3' không phải là kỳ báo cáo", await analyst.InnerTextAsync("#period-error"), StringComparison.Ordinal);
        Assert.Equal(0, await analyst.Locator("#summary").CountAsync());
        await LivePortal.ScreenshotAsync(analyst, "period-typed-wrong");

        await analyst.SelectOptionAsync("select#period", Month);
        await analyst.ClickAsync("form.filters button[type=submit]");
        await analyst.Locator("#summary").WaitForAsync();
        Assert.Contains("tháng 4/2026 so với tháng 4/2025", await analyst.InnerTextAsync("h1"), StringComparison.Ordinal);
        var offered = await analyst.Locator("select#period option").EvaluateAllAsync<string[]>("options => options.map(o => o.value)");
        Assert.Contains("2026-9M", offered);
        Assert.Contains("2026-H1", offered);
        Assert.Contains("2026-Q2", offered);
        await LivePortal.ScreenshotAsync(analyst, "period-chosen-from-the-list");
    }
}
