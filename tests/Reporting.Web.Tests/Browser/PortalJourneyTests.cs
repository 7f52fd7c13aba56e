using Microsoft.Playwright;
using Reporting.Testing;
using UglyToad.PdfPig;

namespace Reporting.Web.Tests.Browser;

/// <summary>
/// The portal in headless Chromium as its users go through it: an agency's staff member fetches the template, fills it in,
/// uploads it and sees it accepted; a wrong file shows its cells in error and stores nothing; the analyst then sees the
/// agency on the dashboard and downloads the PDF summary with its figure in it.
/// </summary>
[Collection(LivePortalCollection.Name)]
public sealed class PortalJourneyTests
{
    private const string Agency = PortalFactory.Department;
    private const string Month = "2026-06";
    private const int SentDocuments = 4321;

    private readonly LivePortals portals;

    public PortalJourneyTests(LivePortals portals) => this.portals = portals;

    [BrowserTheory]
    public async Task Submitter_UploadsTheFilledTemplate_AndTheAnalystFindsItOnTheDashboardAndInThePdf(StorageProvider provider)
    {
        var portal = await portals.ForAsync(provider);
        var submitter = await portal.LoginAsync(PortalFactory.DepartmentSubmitter);

        await submitter.GotoAsync("/Templates");
        await submitter.SelectOptionAsync("#agency", Agency);
        await submitter.FillAsync("#period", Month);
        await LivePortal.ScreenshotAsync(submitter, "templates");
        var template = await submitter.RunAndWaitForDownloadAsync(() => submitter.ClickAsync("#download-template"));
        var templatePath = Path.Combine(portal.Downloads, template.SuggestedFilename);
        await template.SaveAsAsync(templatePath);
        Assert.EndsWith(".xlsx", template.SuggestedFilename, StringComparison.Ordinal);

        byte[] filled;
        await using (var stream = File.OpenRead(templatePath))
        {
            filled = Workbooks.Fill(stream, new Dictionary<string, object> { ["EDOC.SENT"] = SentDocuments, ["EDOC.SIGNED"] = 4000 });
        }

        var accepted = await UploadAsync(submitter, "VPUBND-thang-6.xlsx", filled);
        Assert.Contains("accepted", await accepted.GetAttributeAsync("class") ?? string.Empty, StringComparison.Ordinal);
        Assert.Contains("4.321", await accepted.Locator("table.values").InnerTextAsync(), StringComparison.Ordinal);
        await LivePortal.ScreenshotAsync(submitter, "upload-accepted");

        var wrong = Workbooks.Fill(new MemoryStream(filled), new Dictionary<string, object> { ["EDOC.SENT"] = "nhiều lắm" });
        var rejected = await UploadAsync(submitter, "VPUBND-sai.xlsx", wrong);
        Assert.Contains("rejected", await rejected.GetAttributeAsync("class") ?? string.Empty, StringComparison.Ordinal);
        var errorRow = rejected.Locator("table.issues tr.error").Filter(new LocatorFilterOptions { HasText = "EDOC.SENT" });
        Assert.Equal(1, await errorRow.CountAsync());
        var cells = await errorRow.Locator("td").AllInnerTextsAsync();
        Assert.Equal(Workbooks.ValueCellOf(wrong, "EDOC.SENT"), cells[1]);
        Assert.Equal("'nhiều lắm' không phải là số", cells[3]);
        await LivePortal.ScreenshotAsync(submitter, "upload-rejected");

        await submitter.GotoAsync("/Submissions");
        var versions = submitter.Locator("table.grid tbody tr").Filter(new LocatorFilterOptions { HasText = Agency });
        Assert.Equal(1, await versions.CountAsync());
        await LivePortal.ScreenshotAsync(submitter, "submissions");

        var analyst = await portal.LoginAsync("analyst");
        await analyst.GotoAsync($"/?period={Month}");
        var status = analyst.Locator($"tr[data-agency={Agency}] .badge").First;
        Assert.Matches("status-(late|ontime)", await status.GetAttributeAsync("class") ?? string.Empty);
        await LivePortal.ScreenshotAsync(analyst, "dashboard-month");

        await analyst.GotoAsync($"/Period?period={Month}");
        await LivePortal.ScreenshotAsync(analyst, "period-month");
        var pdf = await analyst.RunAndWaitForDownloadAsync(() => analyst.ClickAsync("#download-pdf"));
        var pdfPath = Path.Combine(portal.Downloads, "summary.pdf");
        await pdf.SaveAsAsync(pdfPath);
        using var document = PdfDocument.Open(pdfPath);
        var text = string.Join(" ", document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        Assert.Contains("6/2026", text, StringComparison.Ordinal);
        Assert.Contains("4.321", text, StringComparison.Ordinal);
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
