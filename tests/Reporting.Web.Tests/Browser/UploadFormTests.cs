using System.Text;
using Microsoft.Playwright;
using Reporting.Testing;

namespace Reporting.Web.Tests.Browser;

/// <summary>
/// The upload form in headless Chromium: a CSV file with its agency and period is stored, and a workbook named for another
/// period is held until the user chooses it again under "Apply anyway".
/// </summary>
[Collection(LivePortalCollection.Name)]
public sealed class UploadFormTests
{
    private readonly LivePortals portals;

    public UploadFormTests(LivePortals portals) => this.portals = portals;

    [BrowserTheory]
    public async Task Submitter_UploadsACsvFileWithItsAgencyAndPeriod_AndSeesItStored(StorageProvider provider)
    {
        var portal = await portals.ForAsync(provider);
        var page = await portal.LoginAsync(PortalFactory.EnterpriseSubmitter);
        await page.GotoAsync("/Upload");
        await page.SetInputFilesAsync("#files", new FilePayload
        {
            Name = "vnpt-thang-11.csv",
            MimeType = "text/csv",
            Buffer = Encoding.UTF8.GetBytes("Code,Indicator,Unit,Value,Note\nTEL.PHONE_SUBS,,,\"1.234.567\",\nTEL.MBB_SUBS,,,987654,\nTEL.FBB_SUBS,,,,\nTEL.REVENUE,,,45000,\nTEL.BUDGET,,,,\nTEL.BTS,,,1200,\n"),
        });
        await page.ClickAsync("form.upload details summary");
        await page.FillAsync("form.upload input[name=agency]", PortalFactory.Enterprise);
        await page.FillAsync("form.upload input[name=period]", "2026-11");
        await page.ClickAsync("form.upload button[type=submit]");

        var result = page.Locator("section.result[data-file=\"vnpt-thang-11.csv\"]");
        await result.WaitForAsync();
        await LivePortal.ScreenshotAsync(page, "upload-csv-accepted");
        Assert.Contains("accepted", await result.GetAttributeAsync("class") ?? string.Empty, StringComparison.Ordinal);
        Assert.Contains("Đã nhận: VNPT, kỳ 2026-11, lưu thành phiên bản 1.", await result.Locator("p.outcome").InnerTextAsync(), StringComparison.Ordinal);
        var values = await result.Locator("table.values").InnerTextAsync();
        Assert.Contains("1.234.567", values, StringComparison.Ordinal);
        Assert.Contains("45.000", values, StringComparison.Ordinal);

        await page.GotoAsync("/Submissions");
        var stored = page.Locator("table.grid tbody tr").Filter(new LocatorFilterOptions { HasText = "vnpt-thang-11.csv" });
        Assert.Equal(1, await stored.CountAsync());
    }

    [BrowserTheory]
    public async Task Submitter_UploadsAWorkbookNamedForAnotherPeriod_AndAppliesItAnywayByChoosingItAgain(StorageProvider provider)
    {
        var portal = await portals.ForAsync(provider);
        var page = await portal.LoginAsync(PortalFactory.EnterpriseSubmitter);
        var september = Workbooks.Filled(PortalFactory.Enterprise, "2026-09", new Dictionary<string, object> { ["TEL.REVENUE"] = 48_000 });
        var file = new FilePayload { Name = "VNPT_2026-10.xlsx", MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Buffer = september };
        await page.GotoAsync("/Upload");
        await page.SetInputFilesAsync("#files", file);
        await page.ClickAsync("form.upload button[type=submit]");

        var held = page.Locator("section.result[data-file=\"VNPT_2026-10.xlsx\"]");
        await held.WaitForAsync();
        await LivePortal.ScreenshotAsync(page, "upload-named-for-another-period");
        Assert.Contains("rejected", await held.GetAttributeAsync("class") ?? string.Empty, StringComparison.Ordinal);
        Assert.Contains("tên tệp VNPT_2026-10.xlsx ghi kỳ 2026-10 nhưng sổ tính là của kỳ 2026-09", await held.Locator("table.issues").InnerTextAsync(), StringComparison.Ordinal);

        await held.Locator("form.confirm input[type=file]").SetInputFilesAsync(file);
        await held.Locator("form.confirm button[type=submit]").ClickAsync();

        var applied = page.Locator("section.result.accepted[data-file=\"VNPT_2026-10.xlsx\"]");
        await applied.WaitForAsync();
        Assert.Contains("Đã nhận: VNPT, kỳ 2026-09, lưu thành phiên bản 1.", await applied.Locator("p.outcome").InnerTextAsync(), StringComparison.Ordinal);
    }
}
