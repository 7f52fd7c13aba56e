using System.Net;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Reporting.Testing;

namespace Reporting.Web.Tests.Http;

/// <summary>Every "who may do what" rule over HTTP: refused requests get 403 (or the login page) and change nothing.</summary>
public sealed class AuthorizationTests : IClassFixture<PortalsByProvider>
{
    private readonly PortalsByProvider portals;

    public AuthorizationTests(PortalsByProvider portals) => this.portals = portals;

    [ProviderTheory]
    [InlineData("/")]
    [InlineData("/Upload")]
    [InlineData("/Templates")]
    [InlineData("/Submissions")]
    [InlineData("/Submissions/1")]
    [InlineData("/Period")]
    [InlineData("/Trace?period=2026-H1&indicator=EDOC.SENT")]
    [InlineData("/Admin/Users")]
    [InlineData("/reports/2026-H1.pdf")]
    [InlineData("/reports/2026-H1.xlsx")]
    [InlineData("/reports/2026-H1.docx")]
    public async Task AnyPage_WithoutLogin_RedirectsToTheLoginPage(StorageProvider provider, string page)
    {
        var portal = portals[provider];
        using var anonymous = portal.Anonymous();
        var response = await anonymous.Client.GetAsync(page);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [ProviderTheory]
    public async Task Submitter_UploadingForAnotherAgency_Gets403_AndNothingIsStored(StorageProvider provider)
    {
        var portal = portals[provider];
        using var submitter = await portal.LoginAsync(PortalFactory.DepartmentSubmitter);
        var before = await DatabaseFingerprint.OfAsync(portal.Database);
        var file = Workbooks.Filled(PortalFactory.Enterprise, "2026-05", new Dictionary<string, object> { ["TEL.REVENUE"] = 41_000 });

        var response = await submitter.UploadAsync([("VNPT_2026-05.xlsx", file)]);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("VNPT", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await DatabaseFingerprint.OfAsync(portal.Database));
    }

    [ProviderTheory]
    public async Task Submitter_ReadingAnotherAgencysSubmissionById_Gets403(StorageProvider provider)
    {
        var portal = portals[provider];
        using var owner = await portal.LoginAsync(PortalFactory.EnterpriseSubmitter);
        var stored = await owner.UploadAsync([("VNPT_2026-04.xlsx", Workbooks.Filled(PortalFactory.Enterprise, "2026-04", new Dictionary<string, object> { ["TEL.REVENUE"] = 40_500 }))]);
        Assert.Equal(HttpStatusCode.OK, stored.StatusCode);
        var id = await DatabaseFingerprint.CountAsync(portal.Database, "SELECT max(id) FROM submissions WHERE agency_code = 'VNPT'");
        Assert.Equal(HttpStatusCode.OK, (await owner.Client.GetAsync($"/Submissions/{id}")).StatusCode);

        using var other = await portal.LoginAsync(PortalFactory.DepartmentSubmitter);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.Client.GetAsync($"/Submissions/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.Client.GetAsync("/Submissions?agency=VNPT")).StatusCode);
    }

    [ProviderTheory]
    [InlineData("/reports/2026-H1.pdf")]
    [InlineData("/reports/2026-H1.xlsx")]
    [InlineData("/reports/2026-H1.docx")]
    [InlineData("/Period?period=2026-H1")]
    [InlineData("/Trace?period=2026-H1&indicator=EDOC.SENT")]
    [InlineData("/Admin/Users")]
    [InlineData("/Admin/Catalog")]
    [InlineData("/Templates?handler=Download&agency=VNPT&period=2026-05")]
    public async Task Submitter_FetchingProvinceReportsOrAdminPages_Gets403(StorageProvider provider, string page)
    {
        var portal = portals[provider];
        using var submitter = await portal.LoginAsync(PortalFactory.DepartmentSubmitter);
        Assert.Equal(HttpStatusCode.Forbidden, (await submitter.Client.GetAsync(page)).StatusCode);
    }

    [ProviderTheory]
    public async Task Leader_ReadsDashboardAndPdf_ButNotTheWorkbook_AndUploadsNothing(StorageProvider provider)
    {
        var portal = portals[provider];
        using var leader = await portal.LoginAsync("leader");
        Assert.Equal(HttpStatusCode.OK, (await leader.Client.GetAsync("/")).StatusCode);
        var pdf = await leader.Client.GetAsync("/reports/2026-H1.pdf");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.Forbidden, (await leader.Client.GetAsync("/reports/2026-H1.xlsx")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await leader.Client.GetAsync("/Upload")).StatusCode);
    }

    [ProviderTheory]
    public async Task Analyst_GetsTheWordReport_AValidDocument_WhileLeaderAndSubmitterGet403_AndNothingChanges(StorageProvider provider)
    {
        var portal = portals[provider];
        using var analyst = await portal.LoginAsync("analyst");
        var response = await analyst.Client.GetAsync("/reports/2026-H1.docx?compare=2025-H1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("2026-H1.docx", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        using (var document = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false))
        {
            Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2016).Validate(document));
            var text = document.MainDocumentPart!.Document.Body!.InnerText;
            Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", text, StringComparison.Ordinal);
            Assert.Contains("Kết quả thực hiện chuyển đổi số 6 tháng đầu năm 2026,", text, StringComparison.Ordinal);
        }

        var before = await DatabaseFingerprint.OfAsync(portal.Database);
        using var leader = await portal.LoginAsync("leader");
        Assert.Equal(HttpStatusCode.Forbidden, (await leader.Client.GetAsync("/reports/2026-H1.docx")).StatusCode);
        using var submitter = await portal.LoginAsync(PortalFactory.EnterpriseSubmitter);
        Assert.Equal(HttpStatusCode.Forbidden, (await submitter.Client.GetAsync("/reports/2026-H1.docx")).StatusCode);
        Assert.Equal(before, await DatabaseFingerprint.OfAsync(portal.Database));
    }

    [ProviderTheory]
    public async Task Analyst_UploadsOnBehalfOfAnAgency_AndItIsRecordedAsSuch(StorageProvider provider)
    {
        var portal = portals[provider];
        using var analyst = await portal.LoginAsync("analyst");
        var response = await analyst.UploadAsync([("VPUBND_2026-03.xlsx", Workbooks.Filled(PortalFactory.Department, "2026-03", new Dictionary<string, object> { ["EDOC.SENT"] = 1_200, ["EDOC.SIGNED"] = 1_100 }))]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, await DatabaseFingerprint.CountAsync(portal.Database, "SELECT count(*) FROM submissions WHERE agency_code = 'VPUBND' AND period = '2026-03' AND uploaded_by = 'analyst' AND uploaded_on_behalf"));
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.Client.GetAsync("/Admin/Users")).StatusCode);
    }

    [ProviderTheory]
    public async Task SessionAndAntiForgeryCookies_AreHttpOnlyAndSameSite(StorageProvider provider)
    {
        var portal = portals[provider];
        using var anonymous = portal.Anonymous();
        var page = await anonymous.Client.GetAsync("/Account/Login");
        var token = await anonymous.TokenAsync("/Account/Login");
        var login = await anonymous.Client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userName"] = "analyst",
            ["password"] = PortalFactory.Password,
            ["__RequestVerificationToken"] = token,
        }));

        var cookies = page.Headers.GetValues("Set-Cookie").Concat(login.Headers.GetValues("Set-Cookie")).ToList();
        Assert.Contains(cookies, c => c.StartsWith("reporting.auth=", StringComparison.Ordinal));
        Assert.Contains(cookies, c => c.StartsWith("reporting.antiforgery=", StringComparison.Ordinal));
        Assert.All(cookies, c =>
        {
            Assert.Contains("httponly", c, StringComparison.OrdinalIgnoreCase);
            Assert.Matches("(?i)samesite=(lax|strict)", c);
        });
    }

    [ProviderTheory]
    public async Task Login_WithAWrongPassword_IsRefused(StorageProvider provider)
    {
        var portal = portals[provider];
        using var anonymous = portal.Anonymous();
        var response = await anonymous.PostFormAsync("/Account/Login", new() { ["userName"] = "analyst", ["password"] = "wrong-password" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Sai tên đăng nhập hoặc mật khẩu", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.Client.GetAsync("/")).StatusCode);
    }
}
