using Microsoft.Playwright;
using Reporting.Testing;

namespace Reporting.Web.Tests.Browser;

/// <summary>
/// The reporting cycle in headless Chromium: an agency submits, the analyst returns it with a comment on a cell, the
/// agency sees the comment and sends a correction, the analyst accepts it and issues the period, a late upload is refused
/// naming the lock, and the analyst reopens the period.
/// </summary>
[Collection(LivePortalCollection.Name)]
public sealed class ReportingCycleJourneyTests
{
    private const string Agency = PortalFactory.Enterprise;
    private const string Month = "2026-03";

    private readonly LivePortals portals;

    public ReportingCycleJourneyTests(LivePortals portals) => this.portals = portals;

    [BrowserTheory]
    public async Task Submit_Return_Correct_Accept_Issue_RefusedUpload_Reopen(StorageProvider provider)
    {
        var portal = await portals.ForAsync(provider);
        var submitter = await portal.LoginAsync(PortalFactory.EnterpriseSubmitter);
        var first = Workbooks.Filled(Agency, Month, new Dictionary<string, object> { ["TEL.REVENUE"] = 30_000 });
        var cell = Workbooks.ValueCellOf(first, "TEL.REVENUE");
        Assert.Contains("accepted", await (await UploadAsync(submitter, "VNPT_2026-03.xlsx", first)).GetAttributeAsync("class") ?? string.Empty, StringComparison.Ordinal);

        var analyst = await portal.LoginAsync("analyst");
        await analyst.GotoAsync($"/Review?period={Month}");
        var card = analyst.Locator("section.card.review").Filter(new LocatorFilterOptions { HasText = Agency });
        var id = await card.GetAttributeAsync("data-submission");
        await card.Locator("form.return input[name=reason]").FillAsync("Doanh thu tháng 3 thấp bất thường");
        await card.Locator("form.return input[name=cell]").First.FillAsync(cell);
        await card.Locator("form.return input[name=comment]").First.FillAsync("Kiểm tra lại doanh thu");
        await card.Locator("form.return button[type=submit]").ClickAsync();
        Assert.Contains("Đã trả lại đơn vị.", await analyst.InnerTextAsync("#review-done"), StringComparison.Ordinal);
        await LivePortal.ScreenshotAsync(analyst, "review-returned");

        // The submitter finds it first on the start page, and follows it to the comments beside the cells.
        await submitter.GotoAsync("/");
        var returned = submitter.Locator($"#returned tr[data-submission=\"{id}\"]");
        Assert.Contains("Doanh thu tháng 3 thấp bất thường", await returned.InnerTextAsync(), StringComparison.Ordinal);
        await LivePortal.ScreenshotAsync(submitter, "start-returned");
        await returned.Locator($"a[href=\"/Submissions/{id}\"]").ClickAsync();
        await LivePortal.WaitForPageAsync(submitter, url => url.EndsWith($"/Submissions/{id}", StringComparison.Ordinal));
        Assert.Equal("Kiểm tra lại doanh thu", await submitter.InnerTextAsync($"td.comment[data-cell=\"{cell}\"]"));
        Assert.Contains("Doanh thu tháng 3 thấp bất thường", await submitter.InnerTextAsync("section.returned"), StringComparison.Ordinal);
        await LivePortal.ScreenshotAsync(submitter, "submission-returned");
        var corrected = Workbooks.Filled(Agency, Month, new Dictionary<string, object> { ["TEL.REVENUE"] = 36_000 });
        Assert.Contains("accepted", await (await UploadAsync(submitter, "VNPT_2026-03_v2.xlsx", corrected)).GetAttributeAsync("class") ?? string.Empty, StringComparison.Ordinal);

        await analyst.GotoAsync($"/Review?period={Month}");
        card = analyst.Locator("section.card.review").Filter(new LocatorFilterOptions { HasText = Agency });
        Assert.Contains("36.000", await card.Locator("table.changes").InnerTextAsync(), StringComparison.Ordinal);
        await card.Locator("button.accept").ClickAsync();
        Assert.Contains("Đã chấp nhận.", await analyst.InnerTextAsync("#review-done"), StringComparison.Ordinal);

        await analyst.GotoAsync($"/Period?period={Month}");
        await analyst.ClickAsync("#issue-form button[type=submit]");
        Assert.Contains("bởi analyst", await analyst.InnerTextAsync("#issued"), StringComparison.Ordinal);
        Assert.Equal(1, await analyst.Locator("#locked").CountAsync());
        await LivePortal.ScreenshotAsync(analyst, "period-issued");

        var late = Workbooks.Filled(Agency, Month, new Dictionary<string, object> { ["TEL.REVENUE"] = 37_000 });
        var refused = await UploadAsync(submitter, "VNPT_2026-03_v3.xlsx", late);
        var outcome = await refused.Locator("p.outcome.locked").InnerTextAsync();
        Assert.StartsWith($"kỳ {Month} đã khóa: báo cáo của kỳ đã được analyst ban hành lúc", outcome, StringComparison.Ordinal);
        Assert.Contains("Chuyên viên phân tích có thể mở lại kỳ", outcome, StringComparison.Ordinal);
        await LivePortal.ScreenshotAsync(submitter, "upload-locked");

        await analyst.GotoAsync($"/Period?period={Month}");
        await analyst.FillAsync("#reopen-form input[name=reason]", "VNPT gửi bản sửa muộn");
        await analyst.ClickAsync("#reopen-form button[type=submit]");
        Assert.Contains("VNPT gửi bản sửa muộn", await analyst.InnerTextAsync("#reopened"), StringComparison.Ordinal);
        Assert.Equal(1, await analyst.Locator("#issue-form").CountAsync());
        Assert.Contains("accepted", await (await UploadAsync(submitter, "VNPT_2026-03_v3.xlsx", late)).GetAttributeAsync("class") ?? string.Empty, StringComparison.Ordinal);
    }

    /// <summary>Chooses the file in the upload form as a person would, submits, and returns the file's result card.</summary>
    private static async Task<ILocator> UploadAsync(IPage page, string name, byte[] content)
    {
        await page.GotoAsync("/Upload");
        await page.SetInputFilesAsync("#files", new FilePayload
        {
            Name = name,
            MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            Buffer = content,
        });
        await page.ClickAsync("form.upload button[type=submit]");
        var result = page.Locator($"section.result[data-file=\"{name}\"]");
        await result.WaitForAsync();
        return result;
    }
}
