using System.Net;
using ClosedXML.Excel;
using Reporting.Testing;

namespace Reporting.Web.Tests.Http;

/// <summary>Text from users is shown as text: HTML-encoded on pages, neutralised in exported spreadsheets; pages in both languages.</summary>
public sealed class UserTextTests : IClassFixture<PortalsByProvider>
{
    private readonly PortalsByProvider portals;

    public UserTextTests(PortalsByProvider portals) => this.portals = portals;

    [ProviderTheory]
    public async Task ScriptInANote_ShowsAsText_OnTheSubmissionPage(StorageProvider provider)
    {
        var portal = portals[provider];
        using var submitter = await portal.LoginAsync(PortalFactory.DepartmentSubmitter);
        var file = Workbooks.Filled(PortalFactory.Department, "2026-06", new Dictionary<string, object> { ["EDOC.SENT"] = 321, ["EDOC.SIGNED#note"] = "<script>alert('x')</script>" });
        Assert.Equal(HttpStatusCode.OK, (await submitter.UploadAsync([("VPUBND_2026-06.xlsx", file)])).StatusCode);
        var id = await DatabaseFingerprint.CountAsync(portal.Database, "SELECT id FROM submissions WHERE agency_code = 'VPUBND' AND period = '2026-06'");

        var html = await submitter.Client.GetStringAsync($"/Submissions/{id}");

        Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
    }

    [ProviderTheory]
    public async Task FormulaLikeFileName_IsPlainTextInTheExportedWorkbook(StorageProvider provider)
    {
        var portal = portals[provider];
        using var analyst = await portal.LoginAsync("analyst");
        var file = Workbooks.Filled(PortalFactory.Enterprise, "2026-05", new Dictionary<string, object> { ["TEL.REVENUE"] = 43_000 });
        Assert.Equal(HttpStatusCode.OK, (await analyst.UploadAsync([("=HYPERLINK(A1).xlsx", file)])).StatusCode);

        var workbook = await analyst.Client.GetByteArrayAsync("/reports/2026-05.xlsx");

        using var book = new XLWorkbook(new MemoryStream(workbook));
        var cells = book.Worksheets.SelectMany(s => s.CellsUsed()).ToList();
        Assert.DoesNotContain(cells, c => c.HasFormula && c.FormulaA1.Contains("HYPERLINK", StringComparison.Ordinal));
        Assert.Contains(cells, c => c.GetString().Contains("HYPERLINK", StringComparison.Ordinal));
    }

    [ProviderTheory]
    public async Task Dashboard_IsVietnameseByDefault_AndEnglishAfterSwitching(StorageProvider provider)
    {
        var portal = portals[provider];
        using var analyst = await portal.LoginAsync("analyst");
        var vietnamese = await analyst.Client.GetStringAsync("/?period=2026-H1");
        Assert.Contains("<html lang=\"vi\">", vietnamese, StringComparison.Ordinal);
        Assert.Contains("Chưa nộp", vietnamese, StringComparison.Ordinal);
        Assert.Contains("6 tháng đầu năm 2026", vietnamese, StringComparison.Ordinal);

        var switched = await analyst.PostFormAsync("/Language", new() { ["lang"] = "en", ["returnUrl"] = "/?period=2026-H1" }, tokenPage: "/?period=2026-H1");
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        var english = await analyst.Client.GetStringAsync("/?period=2026-H1");
        Assert.Contains("<html lang=\"en\">", english, StringComparison.Ordinal);
        Assert.Contains("Missing", english, StringComparison.Ordinal);
        Assert.Contains("first half of 2026", english, StringComparison.Ordinal);
    }
}
