using System.Net;
using System.Text.RegularExpressions;
using Reporting.Testing;

namespace Reporting.Web.Tests.Http;

/// <summary>
/// The upload form's "Số liệu ước tính" box stores an estimate; the period page marks the figures built on it with the
/// agencies counted, the submission page says ước, and the final version uploaded later clears the marks (ước → chính thức).
/// </summary>
public sealed partial class EstimatePagesTests(PortalsByProvider portals) : IClassFixture<PortalsByProvider>
{
    [ProviderTheory]
    public async Task UploadAsEstimate_MarksThePeriodPage_AndTheFinalVersionReplacesIt(StorageProvider provider)
    {
        var portal = portals[provider];
        using var submitter = await portal.LoginAsync(PortalFactory.DepartmentSubmitter);
        var file = Workbooks.Filled(PortalFactory.Department, "2026-02", new Dictionary<string, object> { ["EDOC.SENT"] = 4321, ["EDOC.SIGNED"] = 4000 });

        var response = await submitter.UploadAsync([("VPUBND_2026-02.xlsx", file)], [("estimate", "true")]);

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Đã lưu là số liệu ước tính (ước)", html, StringComparison.Ordinal);
        Assert.Equal(1, await DatabaseFingerprint.CountAsync(portal.Database, "SELECT count(*) FROM submissions WHERE agency_code = 'VPUBND' AND period = '2026-02' AND is_estimate AND is_current"));
        var estimateId = SubmissionLink().Match(html).Groups[1].Value;

        using var analyst = await portal.LoginAsync("analyst");
        var period = await analyst.Client.GetStringAsync("/Period?period=2026-02");
        Assert.Contains("id=\"estimate-note\"", period, StringComparison.Ordinal);
        Assert.Contains("ước: 1/1 đơn vị", Row(period, "EDOC.SENT"), StringComparison.Ordinal);
        var detail = await analyst.Client.GetStringAsync($"/Submissions/{estimateId}");
        Assert.Contains("id=\"kind\">ước<", detail, StringComparison.Ordinal);

        // The same workbook without the box: the final figures, a new version that replaces the estimate.
        var final = await (await submitter.UploadAsync([("VPUBND_2026-02.xlsx", file)])).Content.ReadAsStringAsync();
        Assert.Contains("lưu thành phiên bản 2", final, StringComparison.Ordinal);
        var finalId = SubmissionLink().Match(final).Groups[1].Value;
        var finalDetail = await analyst.Client.GetStringAsync($"/Submissions/{finalId}");
        Assert.Contains("id=\"kind\">chính thức<", finalDetail, StringComparison.Ordinal);
        Assert.Contains("Số liệu chính thức (ước → chính thức): thay cho số liệu ước của phiên bản 1", finalDetail, StringComparison.Ordinal);
        Assert.Contains("id=\"replaced-by-final\"", await analyst.Client.GetStringAsync($"/Submissions/{estimateId}"), StringComparison.Ordinal);
        var after = await analyst.Client.GetStringAsync("/Period?period=2026-02");
        Assert.DoesNotContain("id=\"estimate-note\"", after, StringComparison.Ordinal);
        Assert.DoesNotContain("ước:", Row(after, "EDOC.SENT"), StringComparison.Ordinal);
    }

    private static string Row(string html, string code)
    {
        var start = html.IndexOf($"<tr data-indicator=\"{code}\">", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no row of {code}");
        return html[start..html.IndexOf("</tr>", start, StringComparison.Ordinal)];
    }

    [GeneratedRegex("href=\"/Submissions/([0-9]+)\"")]
    private static partial Regex SubmissionLink();
}
