using System.Net;
using ClosedXML.Excel;
using Reporting.Testing;

namespace Reporting.Web.Tests.Http;

/// <summary>Bad input over HTTP gets a clear page or a 4xx, never a stack trace, and the database stays as it was.</summary>
public sealed class BadInputTests : IClassFixture<PortalsByProvider>
{
    private readonly PortalsByProvider portals;

    public BadInputTests(PortalsByProvider portals) => this.portals = portals;

    [ProviderTheory]
    public async Task OversizedFile_IsRefusedWith413AndAMessage_AndNothingIsStored(StorageProvider provider)
    {
        var portal = portals[provider];
        using var submitter = await portal.LoginAsync(PortalFactory.DepartmentSubmitter);
        var before = await DatabaseFingerprint.OfAsync(portal.Database);
        var big = new byte[(int)PortalFactory.MaxFileBytes + 1];
        Workbooks.Filled(PortalFactory.Department, "2026-02", new Dictionary<string, object> { ["EDOC.SENT"] = 5 }).CopyTo(big, 0);

        var response = await submitter.UploadAsync([("big.xlsx", big)]);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Tệp lớn hơn giới hạn tải lên", html, StringComparison.Ordinal);
        AssertNoStackTrace(html);
        Assert.Equal(before, await DatabaseFingerprint.OfAsync(portal.Database));
    }

    [ProviderTheory]
    public async Task RequestOverTheWholeUploadLimit_Gets413_AndNothingIsStored(StorageProvider provider)
    {
        var portal = portals[provider];
        using var submitter = await portal.LoginAsync(PortalFactory.DepartmentSubmitter);
        var before = await DatabaseFingerprint.OfAsync(portal.Database);
        var files = Enumerable.Range(0, 22).Select(i => ($"f{i}.xlsx", new byte[PortalFactory.MaxFileBytes])).ToList();

        var response = await submitter.UploadAsync(files);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        AssertNoStackTrace(await response.Content.ReadAsStringAsync());
        Assert.Equal(before, await DatabaseFingerprint.OfAsync(portal.Database));
    }

    [ProviderTheory]
    public async Task MoreFilesThanTheLimit_AreRefusedWith413NamingTheLimit_AndNothingIsStored(StorageProvider provider)
    {
        var portal = portals[provider];
        using var submitter = await portal.LoginAsync(PortalFactory.DepartmentSubmitter);
        var before = await DatabaseFingerprint.OfAsync(portal.Database);
        var file = Workbooks.Filled(PortalFactory.Department, "2026-03", new Dictionary<string, object> { ["EDOC.SENT"] = 9 });

        var response = await submitter.UploadAsync(Enumerable.Range(0, 21).Select(i => ($"copy{i}.xlsx", file)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Quá nhiều tệp: tối đa 20 tệp mỗi lần tải lên.", html, StringComparison.Ordinal);
        AssertNoStackTrace(html);
        Assert.Equal(before, await DatabaseFingerprint.OfAsync(portal.Database));
    }

    [ProviderTheory]
    public async Task ZipBomb_IsRejectedByItsCompressionRatio_AndNothingIsStored(StorageProvider provider)
    {
        var portal = portals[provider];
        using var submitter = await portal.LoginAsync(PortalFactory.DepartmentSubmitter);
        var before = await DatabaseFingerprint.OfAsync(portal.Database);
        var bomb = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(bomb, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var types = zip.CreateEntry("[Content_Types].xml").Open())
            {
                types.Write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"u8);
            }

            using var sheet = zip.CreateEntry("xl/worksheets/sheet1.xml", System.IO.Compression.CompressionLevel.SmallestSize).Open();
            var spaces = new byte[1024 * 1024];
            Array.Fill(spaces, (byte)' ');
            for (var i = 0; i < 30; i++)
            {
                sheet.Write(spaces);
            }
        }

        Assert.True(bomb.Length < PortalFactory.MaxFileBytes);
        var response = await submitter.UploadAsync([("bomb.xlsx", bomb.ToArray())]);

        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("class=\"card result rejected\"", html, StringComparison.Ordinal);
        Assert.Contains("tệp giải nén ra 30 MB, gấp", html, StringComparison.Ordinal);
        AssertNoStackTrace(html);
        Assert.Equal(before, await DatabaseFingerprint.OfAsync(portal.Database));
    }

    [ProviderTheory]
    public async Task FileThatIsNotAWorkbook_IsRejectedWithAMessage_AndNothingIsStored(StorageProvider provider)
    {
        var portal = portals[provider];
        using var submitter = await portal.LoginAsync(PortalFactory.DepartmentSubmitter);
        var before = await DatabaseFingerprint.OfAsync(portal.Database);

        var response = await submitter.UploadAsync([("report.xlsx", "just some text, not a spreadsheet"u8.ToArray())]);

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("class=\"card result rejected\"", html, StringComparison.Ordinal);
        Assert.Contains("report.xlsx", html, StringComparison.Ordinal);
        AssertNoStackTrace(html);
        Assert.Equal(before, await DatabaseFingerprint.OfAsync(portal.Database));
    }

    [ProviderTheory]
    public async Task WorkbookForAnUnknownAgency_IsRejectedNamingIt_AndNothingIsStored(StorageProvider provider)
    {
        var portal = portals[provider];
        using var analyst = await portal.LoginAsync("analyst");
        var before = await DatabaseFingerprint.OfAsync(portal.Database);
        var file = Workbooks.Filled(PortalFactory.Department, "2026-02", new Dictionary<string, object> { ["EDOC.SENT"] = 5 });
        using (var book = new XLWorkbook(new MemoryStream(file)))
        {
            book.Worksheet("Data").Cell("B2").Value = "NO_SUCH_AGENCY";
            foreach (var sheet in book.Worksheets.Where(s => s.Name != "Data"))
            {
                book.Worksheets.Delete(sheet.Name);
            }

            var edited = new MemoryStream();
            book.SaveAs(edited);
            file = edited.ToArray();
        }

        var response = await analyst.UploadAsync([("unknown.xlsx", file)]);

        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("class=\"card result rejected\"", html, StringComparison.Ordinal);
        Assert.Contains("NO_SUCH_AGENCY", html, StringComparison.Ordinal);
        AssertNoStackTrace(html);
        Assert.Equal(before, await DatabaseFingerprint.OfAsync(portal.Database));
    }

    [ProviderTheory]
    public async Task FormWithoutAntiForgeryToken_Gets400_AndNothingIsStored(StorageProvider provider)
    {
        var portal = portals[provider];
        using var submitter = await portal.LoginAsync(PortalFactory.DepartmentSubmitter);
        var before = await DatabaseFingerprint.OfAsync(portal.Database);
        var file = Workbooks.Filled(PortalFactory.Department, "2026-01", new Dictionary<string, object> { ["EDOC.SENT"] = 5 });

        var response = await submitter.UploadAsync([("VPUBND_2026-01.xlsx", file)], withToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        AssertNoStackTrace(await response.Content.ReadAsStringAsync());
        Assert.Equal(before, await DatabaseFingerprint.OfAsync(portal.Database));
    }

    [ProviderTheory]
    public async Task PathLikeFileName_IsRecordedAsItsLastPartOnly_AndNeverUsedAsAPath(StorageProvider provider)
    {
        var portal = portals[provider];
        using var submitter = await portal.LoginAsync(PortalFactory.DepartmentSubmitter);
        var file = Workbooks.Filled(PortalFactory.Department, "2025-12", new Dictionary<string, object> { ["EDOC.SENT"] = 7 });
        var outside = Path.GetFullPath(Path.Combine(Path.GetTempPath(), "reporting-uploads", "../../x.xlsx"));

        var response = await submitter.UploadAsync([("../../x.xlsx", file)]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, await DatabaseFingerprint.CountAsync(portal.Database, "SELECT count(*) FROM submissions WHERE agency_code = 'VPUBND' AND period = '2025-12' AND source_file = 'x.xlsx'"));
        Assert.False(File.Exists(outside));
    }

    [ProviderTheory]
    public async Task UnknownPageAndBadPeriod_GetAPlainErrorPage(StorageProvider provider)
    {
        var portal = portals[provider];
        using var analyst = await portal.LoginAsync("analyst");
        var missing = await analyst.Client.GetAsync("/no/such/page");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        AssertNoStackTrace(await missing.Content.ReadAsStringAsync());
        var bad = await analyst.Client.GetAsync("/reports/2026-H7.pdf");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    private static void AssertNoStackTrace(string body)
    {
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
    }
}
