using System.Net;
using Reporting.Testing;

namespace Reporting.Web.Tests.Http;

/// <summary>The admin's pages change what they say (targets, deadlines, users) and nothing on bad input.</summary>
public sealed class AdminTests : IClassFixture<PortalsByProvider>
{
    private readonly PortalsByProvider portals;

    public AdminTests(PortalsByProvider portals) => this.portals = portals;

    [ProviderTheory]
    public async Task ATargetTypedTheVietnameseWay_IsStored_AndShownBack(StorageProvider provider)
    {
        var portal = portals[provider];
        using var admin = await portal.LoginAsync("admin");

        var saved = await admin.PostFormAsync("/Admin/Catalog?handler=Targets", new() { ["year"] = "2026", ["targets[TEL.REVENUE]"] = "1.234.567" }, tokenPage: "/Admin/Catalog");

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Contains("value=\"1.234.567\"", await admin.Client.GetStringAsync("/Admin/Catalog?year=2026"), StringComparison.Ordinal);
        Assert.Equal(1, await DatabaseFingerprint.CountAsync(portal.Database, "SELECT COUNT(*) FROM catalog_documents WHERE name = 'indicators' AND json LIKE '%1234567%'"));
    }

    [ProviderTheory]
    public async Task ATargetThatIsNotANumber_IsRefusedInVietnamese_AndNothingChanges(StorageProvider provider)
    {
        var portal = portals[provider];
        using var admin = await portal.LoginAsync("admin");
        var before = await DatabaseFingerprint.OfAsync(portal.Database);

        var refused = await admin.PostFormAsync("/Admin/Catalog?handler=Targets", new() { ["year"] = "2026", ["targets[TEL.BTS]"] = "nhiều" }, tokenPage: "/Admin/Catalog");

        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("TEL.BTS: &#x27;nhi", html, StringComparison.Ordinal);
        Assert.Contains("không phải là số", html, StringComparison.Ordinal);
        Assert.Equal(before, await DatabaseFingerprint.OfAsync(portal.Database));
    }

    [ProviderTheory]
    public async Task APeriodsDeadline_SetByTheAdmin_IsTheOneTheDashboardJudgesBy(StorageProvider provider)
    {
        var portal = portals[provider];
        using var admin = await portal.LoginAsync("admin");
        await admin.PostFormAsync("/Admin/Catalog?handler=Deadlines", new() { ["year"] = "2026", ["deadlines[2026-04]"] = "2026-05-29" }, tokenPage: "/Admin/Catalog");

        using var analyst = await portal.LoginAsync("analyst");
        var dashboard = await analyst.Client.GetStringAsync("/?period=2026-04");

        Assert.Contains("29/05/2026", dashboard, StringComparison.Ordinal);
    }

    [ProviderTheory]
    public async Task ASubmitterCreatedByTheAdmin_SeesOnlyItsAgency(StorageProvider provider)
    {
        var portal = portals[provider];
        using var admin = await portal.LoginAsync("admin");
        var created = await admin.PostFormAsync("/Admin/Users?handler=Create", new()
        {
            ["userName"] = "submitter.new",
            ["password"] = PortalFactory.Password,
            ["role"] = "submitter",
            ["agencies"] = PortalFactory.Enterprise,
        }, tokenPage: "/Admin/Users");
        Assert.Contains("submitter.new", await created.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var submitter = await portal.LoginAsync("submitter.new");
        Assert.Equal(HttpStatusCode.OK, (await submitter.Client.GetAsync($"/Submissions?agency={PortalFactory.Enterprise}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await submitter.Client.GetAsync($"/Submissions?agency={PortalFactory.Department}")).StatusCode);
    }
}
