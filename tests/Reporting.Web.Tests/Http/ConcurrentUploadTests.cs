using System.Net;
using Reporting.Testing;

namespace Reporting.Web.Tests.Http;

/// <summary>Many uploads at once: every submission stored exactly once, no error, identical files found identical.</summary>
public sealed class ConcurrentUploadTests : IClassFixture<PortalsByProvider>
{
    private readonly PortalsByProvider portals;

    public ConcurrentUploadTests(PortalsByProvider portals) => this.portals = portals;

    [ProviderTheory]
    public async Task FiftyDistinctFilesAtOnce_AreEachStoredExactlyOnce(StorageProvider provider)
    {
        var portal = portals[provider];
        using var analyst = await portal.LoginAsync("analyst");

        // 50 months of one department, from January 2021: distinct agency-period pairs, so 50 new submissions.
        var months = Enumerable.Range(0, 50).Select(i => new DateOnly(2021, 1, 1).AddMonths(i)).ToList();
        var files = months.Select(m => ($"VPUBND_{m:yyyy-MM}.xlsx", Workbooks.Filled(PortalFactory.Department, $"{m:yyyy-MM}", new Dictionary<string, object> { ["EDOC.SENT"] = 1_000 + m.Month, ["EDOC.SIGNED"] = 900 }))).ToList();

        var responses = await Task.WhenAll(files.Select(f => analyst.UploadAsync([f])));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var pages = await Task.WhenAll(responses.Select(r => r.Content.ReadAsStringAsync()));
        Assert.All(pages, html => Assert.Contains("class=\"card result accepted\"", html, StringComparison.Ordinal));
        Assert.Equal(50, await DatabaseFingerprint.CountAsync(portal.Database, "SELECT count(*) FROM submissions WHERE agency_code = 'VPUBND' AND period LIKE '202%' AND first_month < 2025 * 12 + 2"));
        Assert.Equal(0, await DatabaseFingerprint.CountAsync(portal.Database, "SELECT count(*) FROM (SELECT agency_code, period FROM submissions GROUP BY agency_code, period HAVING count(*) > 1) AS repeated"));

        // The roll-ups kept up: the year 2022's flow is the sum of its twelve months as typed.
        var expected = Enumerable.Range(1, 12).Sum(m => 1_000m + m);
        Assert.Equal((long)(expected * 1_000_000m), await DatabaseFingerprint.CountAsync(portal.Database, "SELECT sum_micros FROM period_rollups WHERE period = '2022' AND agency_code = 'VPUBND' AND indicator_code = 'EDOC.SENT'"));
    }

    [ProviderTheory]
    public async Task FiftyCopiesOfTheSameFileAtOnce_StoreOneVersion_AndTheRestAreFoundIdentical(StorageProvider provider)
    {
        var portal = portals[provider];
        using var submitter = await portal.LoginAsync(PortalFactory.EnterpriseSubmitter);
        var file = Workbooks.Filled(PortalFactory.Enterprise, "2026-06", new Dictionary<string, object> { ["TEL.REVENUE"] = 42_125 });

        var responses = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => submitter.UploadAsync([("VNPT_2026-06.xlsx", file)])));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var pages = await Task.WhenAll(responses.Select(r => r.Content.ReadAsStringAsync()));
        Assert.Equal(1, pages.Count(p => p.Contains("lưu thành phiên bản 1", StringComparison.Ordinal)));
        Assert.Equal(49, pages.Count(p => p.Contains("Đã nhận trước đó", StringComparison.Ordinal)));
        Assert.Equal(1, await DatabaseFingerprint.CountAsync(portal.Database, "SELECT count(*) FROM submissions WHERE agency_code = 'VNPT' AND period = '2026-06'"));
    }
}
