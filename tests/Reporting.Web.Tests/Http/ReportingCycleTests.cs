using System.Net;
using Reporting.Testing;

namespace Reporting.Web.Tests.Http;

/// <summary>
/// The reporting cycle over HTTP: review and return, issue and lock, the refusals (a 403 or a 409 with the reason, and
/// an unchanged database), and the audit log's page and exports.
/// </summary>
public sealed class ReportingCycleTests : IClassFixture<PortalsByProvider>
{
    private readonly PortalsByProvider portals;

    public ReportingCycleTests(PortalsByProvider portals) => this.portals = portals;

    [ProviderTheory]
    public async Task Return_WithACellComment_ShowsItBesideTheCell_ThenAcceptAgainIsA409_AndNothingChanges(StorageProvider provider)
    {
        var portal = portals[provider];
        using var submitter = await portal.LoginAsync(PortalFactory.EnterpriseSubmitter);
        var file = Workbooks.Filled(PortalFactory.Enterprise, "2026-02", new Dictionary<string, object> { ["TEL.REVENUE"] = 40_100 });
        Assert.Equal(HttpStatusCode.OK, (await submitter.UploadAsync([("VNPT_2026-02.xlsx", file)])).StatusCode);
        var id = await LatestAsync(portal, "VNPT", "2026-02");
        var cell = Workbooks.ValueCellOf(file, "TEL.REVENUE");
        using var analyst = await portal.LoginAsync("analyst");
        Assert.Contains($"data-submission=\"{id}\"", await analyst.Client.GetStringAsync("/Review?period=2026-02"), StringComparison.Ordinal);

        var returned = await analyst.PostFormAsync("/Review?handler=Return", new() { ["id"] = $"{id}", ["period"] = "2026-02", ["reason"] = "Doanh thu thấp", ["cell"] = cell, ["comment"] = "Kiểm tra lại doanh thu" }, tokenPage: "/Review");
        Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);
        var before = await DatabaseFingerprint.OfAsync(portal.Database);
        var again = await analyst.PostFormAsync("/Review?handler=Accept", new() { ["id"] = $"{id}", ["period"] = "2026-02" }, tokenPage: "/Review");

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains($"báo cáo {id} đã bị trả lại", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await DatabaseFingerprint.OfAsync(portal.Database));
        var detail = await submitter.Client.GetStringAsync($"/Submissions/{id}");
        Assert.Contains($"data-cell=\"{cell}\">Kiểm tra lại doanh thu</td>", detail, StringComparison.Ordinal);
        Assert.Contains("Doanh thu thấp", detail, StringComparison.Ordinal);
        Assert.Equal(1, await DatabaseFingerprint.CountAsync(portal.Database, $"SELECT COUNT(*) FROM audit_entries WHERE action = 'submission.returned' AND submission_id = {id} AND actor = 'analyst'"));
    }

    [ProviderTheory]
    [InlineData("/Review?handler=Accept")]
    [InlineData("/Period?handler=Issue")]
    [InlineData("/Period?handler=Reopen")]
    public async Task Submitter_AcceptingIssuingOrReopening_Gets403_AndNothingChanges(StorageProvider provider, string page)
    {
        var portal = portals[provider];
        using var submitter = await portal.LoginAsync(PortalFactory.EnterpriseSubmitter);
        Assert.Equal(HttpStatusCode.OK, (await submitter.UploadAsync([("VNPT_2026-01.xlsx", Workbooks.Filled(PortalFactory.Enterprise, "2026-01", new Dictionary<string, object> { ["TEL.REVENUE"] = 39_000 }))])).StatusCode);
        var id = await LatestAsync(portal, "VNPT", "2026-01");
        var before = await DatabaseFingerprint.OfAsync(portal.Database);

        var response = await submitter.PostFormAsync(page, new() { ["id"] = $"{id}", ["period"] = "2026-01", ["reason"] = "x" }, tokenPage: "/Upload");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, await DatabaseFingerprint.OfAsync(portal.Database));
    }

    [ProviderTheory]
    public async Task Issue_LocksThePeriod_AnUploadForItIsA409NamingTheLock_AndReopenLetsItIn(StorageProvider provider)
    {
        var portal = portals[provider];
        using var analyst = await portal.LoginAsync("analyst");
        using var submitter = await portal.LoginAsync(PortalFactory.EnterpriseSubmitter);
        Assert.Equal(HttpStatusCode.OK, (await submitter.UploadAsync([("VNPT_2026-06.xlsx", Workbooks.Filled(PortalFactory.Enterprise, "2026-06", new Dictionary<string, object> { ["TEL.REVENUE"] = 42_000 }))])).StatusCode);

        var issued = await analyst.PostFormAsync("/Period?handler=Issue", new() { ["period"] = "2026-06" }, tokenPage: "/Period?period=2026-06");
        Assert.Equal(HttpStatusCode.Redirect, issued.StatusCode);
        var page = await analyst.Client.GetStringAsync("/Period?period=2026-06");
        Assert.Contains("id=\"locked\"", page, StringComparison.Ordinal);
        Assert.Contains("bởi analyst", page, StringComparison.Ordinal);
        var before = await DatabaseFingerprint.OfAsync(portal.Database);

        var late = await submitter.UploadAsync([("VNPT_2026-06_v2.xlsx", Workbooks.Filled(PortalFactory.Enterprise, "2026-06", new Dictionary<string, object> { ["TEL.REVENUE"] = 43_000 }))]);
        var noReason = await analyst.PostFormAsync("/Period?handler=Reopen", new() { ["period"] = "2026-06", ["reason"] = " " }, tokenPage: "/Period?period=2026-06");

        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        var html = WebUtility.HtmlDecode(await late.Content.ReadAsStringAsync());
        Assert.Contains("kỳ 2026-06 đã khóa: báo cáo của kỳ đã được analyst ban hành lúc", html, StringComparison.Ordinal);
        Assert.Contains("Chuyên viên phân tích có thể mở lại kỳ", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, noReason.StatusCode);
        Assert.Equal(before, await DatabaseFingerprint.OfAsync(portal.Database));

        var reopened = await analyst.PostFormAsync("/Period?handler=Reopen", new() { ["period"] = "2026-06", ["reason"] = "VNPT sửa doanh thu" }, tokenPage: "/Period?period=2026-06");
        Assert.Equal(HttpStatusCode.Redirect, reopened.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await submitter.UploadAsync([("VNPT_2026-06_v2.xlsx", Workbooks.Filled(PortalFactory.Enterprise, "2026-06", new Dictionary<string, object> { ["TEL.REVENUE"] = 43_000 }))])).StatusCode);
        var after = await analyst.Client.GetStringAsync("/Period?period=2026-06");
        Assert.Contains("VNPT sửa doanh thu", after, StringComparison.Ordinal);
        Assert.Contains("id=\"changed-since-issue\"", after, StringComparison.Ordinal);
        Assert.Equal(
            ["period.issued", "period.locked", "period.reopened"],
            (await AuditRowsAsync(portal, "2026-06")).Where(a => a.StartsWith("period.", StringComparison.Ordinal)));
    }

    [ProviderTheory]
    public async Task AQuartersLock_HoldsItsMonths_TheMonthsPageSaysSo_AndAnUploadForOneIsA409NamingTheQuarter(StorageProvider provider)
    {
        var portal = portals[provider];
        using var analyst = await portal.LoginAsync("analyst");
        using var submitter = await portal.LoginAsync(PortalFactory.EnterpriseSubmitter);
        Assert.Equal(HttpStatusCode.OK, (await submitter.UploadAsync([("VNPT_2026-10.xlsx", Workbooks.Filled(PortalFactory.Enterprise, "2026-10", new Dictionary<string, object> { ["TEL.REVENUE"] = 41_000 }))])).StatusCode);
        Assert.DoesNotContain("id=\"locked-within\"", await analyst.Client.GetStringAsync("/Period?period=2026-11"), StringComparison.Ordinal);
        var issued = await analyst.PostFormAsync("/Period?handler=Issue", new() { ["period"] = "2026-Q4" }, tokenPage: "/Period?period=2026-Q4");
        Assert.Equal(HttpStatusCode.Redirect, issued.StatusCode);
        var before = await DatabaseFingerprint.OfAsync(portal.Database);

        var month = WebUtility.HtmlDecode(await analyst.Client.GetStringAsync("/Period?period=2026-11"));
        var late = await submitter.UploadAsync([("VNPT_2026-11.xlsx", Workbooks.Filled(PortalFactory.Enterprise, "2026-11", new Dictionary<string, object> { ["TEL.REVENUE"] = 42_500 }))]);

        Assert.Contains("Kỳ này thuộc kỳ 2026-Q4 đã khóa: các tệp tải lên cho kỳ bị từ chối cho đến khi chuyên viên mở lại kỳ 2026-Q4.", month, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Contains("kỳ 2026-11 thuộc kỳ 2026-Q4 đã khóa: báo cáo của kỳ 2026-Q4 đã được analyst ban hành lúc", WebUtility.HtmlDecode(await late.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(before, await DatabaseFingerprint.OfAsync(portal.Database));
    }

    [ProviderTheory]
    public async Task Audit_IsForAdminsAndAnalysts_ListsFailedLogins_AndExportsCsvAndXlsx(StorageProvider provider)
    {
        var portal = portals[provider];
        using var anonymous = portal.Anonymous();
        var failed = await anonymous.PostFormAsync("/Account/Login", new() { ["userName"] = "analyst", ["password"] = "wrong password" });
        Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        using var submitter = await portal.LoginAsync(PortalFactory.EnterpriseSubmitter);
        using var analyst = await portal.LoginAsync("analyst");

        Assert.Equal(HttpStatusCode.Forbidden, (await submitter.Client.GetAsync("/Audit")).StatusCode);
        var page = await analyst.Client.GetStringAsync("/Audit");
        var csvBytes = await analyst.Client.GetByteArrayAsync("/Audit?export=csv");
        var csv = System.Text.Encoding.UTF8.GetString(csvBytes.AsSpan(3));
        var xlsx = await analyst.Client.GetAsync("/Audit?export=xlsx");

        Assert.Contains("data-action=\"login.failed\"", page, StringComparison.Ordinal);
        // A BOM first, so Excel reads the Vietnamese as UTF-8.
        Assert.Equal([0xEF, 0xBB, 0xBF], csvBytes.Take(3));
        Assert.StartsWith("id,at,actor,origin,action,", csv, StringComparison.Ordinal);
        Assert.Contains(",login.failed,", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong password", csv, StringComparison.Ordinal);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType!.MediaType);
        using var workbook = new ClosedXML.Excel.XLWorkbook(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()));
        Assert.Equal(CsvLines(csv) - 1, workbook.Worksheet(1).LastRowUsed()!.RowNumber() - 1);
    }

    [ProviderTheory]
    public async Task AdminCreatingAUser_LeavesUserAndRoleEntries(StorageProvider provider)
    {
        var portal = portals[provider];
        using var admin = await portal.LoginAsync("admin");

        var created = await admin.PostFormAsync("/Admin/Users?handler=Create", new() { ["userName"] = "reviewer2", ["password"] = PortalFactory.Password, ["role"] = "analyst", ["agencies"] = "" }, tokenPage: "/Admin/Users");

        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.Equal(1, await DatabaseFingerprint.CountAsync(portal.Database, "SELECT COUNT(*) FROM audit_entries WHERE action = 'user.changed' AND actor = 'admin' AND after LIKE '%reviewer2%'"));
        Assert.Equal(1, await DatabaseFingerprint.CountAsync(portal.Database, "SELECT COUNT(*) FROM audit_entries WHERE action = 'role.changed' AND actor = 'admin' AND after LIKE '%analyst%'"));
    }

    [ProviderTheory]
    public async Task PeriodPage_SaysHowManySubmissionsAreNotAccepted_AndItsSwitchLeavesThemOut(StorageProvider provider)
    {
        var portal = portals[provider];
        using var submitter = await portal.LoginAsync(PortalFactory.EnterpriseSubmitter);
        Assert.Equal(HttpStatusCode.OK, (await submitter.UploadAsync([("VNPT_2026-07.xlsx", Workbooks.Filled(PortalFactory.Enterprise, "2026-07", new Dictionary<string, object> { ["TEL.REVENUE"] = 44_000 }))])).StatusCode);
        using var analyst = await portal.LoginAsync("analyst");

        var all = await analyst.Client.GetStringAsync("/Period?period=2026-07");
        var acceptedOnly = await analyst.Client.GetStringAsync("/Period?period=2026-07&accepted=true");

        Assert.Contains("gồm 1 trên 1 báo cáo chưa được chuyên viên chấp nhận", all, StringComparison.Ordinal);
        Assert.Contains("44.000", RevenueRow(all), StringComparison.Ordinal);
        Assert.Contains("id=\"accepted-only\"", acceptedOnly, StringComparison.Ordinal);
        Assert.DoesNotContain("44.000", RevenueRow(acceptedOnly), StringComparison.Ordinal);
    }

    private static string RevenueRow(string html)
    {
        var start = html.IndexOf("data-indicator=\"TEL.REVENUE\"", StringComparison.Ordinal);
        return html[start..html.IndexOf("</tr>", start, StringComparison.Ordinal)];
    }

    private static int CsvLines(string csv) => csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length;

    private static Task<long> LatestAsync(PortalFactory portal, string agency, string period) =>
        DatabaseFingerprint.CountAsync(portal.Database, $"SELECT max(id) FROM submissions WHERE agency_code = '{agency}' AND period = '{period}'");

    private static Task<List<string>> AuditRowsAsync(PortalFactory portal, string period) =>
        Task.Run(() => portal.Database.Rows($"SELECT action FROM audit_entries WHERE period = '{period}' ORDER BY id", reader => reader.GetString(0)));
}
