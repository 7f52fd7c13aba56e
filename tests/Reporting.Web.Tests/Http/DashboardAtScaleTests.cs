using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Reporting.Testing;

namespace Reporting.Web.Tests.Http;

/// <summary>
/// The dashboard at ministry scale (5,000 agencies, none of which has sent its 2026-H1 figures by December): filtered and
/// paged on the server, with counts for the whole period, a first page small enough to open on a slow line; and a
/// province's list still shown whole on one page.
/// </summary>
public sealed partial class DashboardAtScaleTests(DashboardAtScaleTests.MinistryPortal ministry) : IClassFixture<DashboardAtScaleTests.MinistryPortal>
{
    private const int AgencyCount = 5000;

    private static readonly DateTimeOffset Now = new(2026, 12, 5, 5, 0, 0, TimeSpan.Zero);

    [ProviderTheory]
    public async Task Dashboard_At5000Agencies_SendsAFirstPageUnder300KB_With200Rows_AndCountsForTheWholePeriod(StorageProvider provider)
    {
        using var analyst = await ministry.Portals[provider].LoginAsync("analyst");

        var bytes = await analyst.Client.GetByteArrayAsync("/?period=2026-H1");
        var html = System.Text.Encoding.UTF8.GetString(bytes);

        Assert.True(bytes.Length < 300 * 1024, $"the first page is {bytes.Length:N0} bytes");
        Assert.Equal(ministry.Codes.Take(200), Rows(html));
        Assert.Contains("1–200 trong 5.000 đơn vị", html, StringComparison.Ordinal);
        Assert.Contains("Trang 1/25", html, StringComparison.Ordinal);
        // By group, every agency of the period: 100 departments, 100 enterprises, 4,800 communes, all missing.
        var groups = Regex.Matches(Section(html, "<caption>Theo khối</caption>", "</table>"), @"<tr><td>[^<]+</td><td class=""num"">([0-9.]+)</td>")
            .Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["100", "100", "4.800"], groups.Order(StringComparer.Ordinal));
        Assert.Contains(">5.000</span>", Section(html, "<section class=\"tiles\">", "</section>"), StringComparison.Ordinal);
    }

    [ProviderTheory]
    [InlineData("group=department", "SO")]
    [InlineData("group=enterprise", "DN")]
    public async Task Dashboard_FilteredByGroup_ListsThatGroupsHundredAgencies_OnOnePage(StorageProvider provider, string filter, string prefix)
    {
        using var analyst = await ministry.Portals[provider].LoginAsync("analyst");

        var html = await analyst.Client.GetStringAsync("/?period=2026-H1&" + filter);

        Assert.Equal(ministry.Codes.Where(c => c.StartsWith(prefix, StringComparison.Ordinal)), Rows(html));
        Assert.DoesNotContain("class=\"pager\"", html, StringComparison.Ordinal);
    }

    [ProviderTheory]
    [InlineData("q=xa04217", "XA04217")]
    [InlineData("q=ubnd+X%C3%83+s%E1%BB%91+04217", "XA04217")]
    [InlineData("q=+SO00051+", "SO00051")]
    public async Task Dashboard_SearchedByCodeOrName_AnyCase_ListsTheOneAgency(StorageProvider provider, string query, string code)
    {
        using var analyst = await ministry.Portals[provider].LoginAsync("analyst");

        var html = await analyst.Client.GetStringAsync("/?period=2026-H1&" + query);

        Assert.Equal([code], Rows(html));
    }

    [ProviderTheory]
    public async Task Dashboard_FilteredByAStatusNoAgencyHas_ListsNone_AndStillCountsTheWholePeriod(StorageProvider provider)
    {
        using var analyst = await ministry.Portals[provider].LoginAsync("analyst");

        var html = await analyst.Client.GetStringAsync("/?period=2026-H1&status=OnTime");

        Assert.Empty(Rows(html));
        Assert.Contains("0 đơn vị", html, StringComparison.Ordinal);
        Assert.Contains(">5.000</span>", Section(html, "<section class=\"tiles\">", "</section>"), StringComparison.Ordinal);
    }

    [ProviderTheory]
    public async Task Dashboard_Pages_FollowEachOther_AndAPagePastTheLastShowsTheLast(StorageProvider provider)
    {
        using var analyst = await ministry.Portals[provider].LoginAsync("analyst");

        var second = await analyst.Client.GetStringAsync("/?period=2026-H1&pageNumber=2");
        var last = await analyst.Client.GetStringAsync("/?period=2026-H1&pageNumber=25");
        var past = await analyst.Client.GetStringAsync("/?period=2026-H1&pageNumber=99");

        Assert.Equal(ministry.Codes.Skip(200).Take(200), Rows(second));
        Assert.Equal(ministry.Codes.Skip(4800), Rows(last));
        Assert.Equal(Rows(last), Rows(past));
        Assert.Contains("href=\"/?period=2026-H1&amp;pageNumber=3\"", second, StringComparison.Ordinal);
        Assert.Contains("href=\"/?period=2026-H1&amp;pageNumber=1\"", second, StringComparison.Ordinal);
        Assert.DoesNotContain("rel=\"next\"", last, StringComparison.Ordinal);
    }

    [ProviderTheory]
    public async Task Dashboard_OfTheRepositorysProvince_ShowsEveryAgencyOnOnePage(StorageProvider provider)
    {
        using var province = new PortalFactory(provider) { Time = new FixedTime(Now) };
        using var analyst = await province.LoginAsync("analyst");

        var html = await analyst.Client.GetStringAsync("/?period=2026-H1");

        var byGroup = Regex.Matches(Section(html, "<caption>Theo khối</caption>", "</table>"), @"<tr><td>[^<]+</td><td class=""num"">([0-9.]+)</td>")
            .Sum(m => int.Parse(m.Groups[1].Value, NumberStyles.AllowThousands, CultureInfo.GetCultureInfo("vi-VN")));
        Assert.True(byGroup > 100, $"{byGroup} agencies owe 2026-H1");
        Assert.Equal(byGroup, Rows(html).Count);
        Assert.DoesNotContain("class=\"pager\"", html, StringComparison.Ordinal);
    }

    private static List<string> Rows(string html) => AgencyRow().Matches(html).Select(m => m.Groups[1].Value).ToList();

    private static string Section(string html, string start, string end)
    {
        var from = html.IndexOf(start, StringComparison.Ordinal);
        return html[from..html.IndexOf(end, from, StringComparison.Ordinal)];
    }

    [GeneratedRegex("<tr data-agency=\"([A-Z0-9]+)\">")]
    private static partial Regex AgencyRow();

    /// <summary>The portal over a 5,000-agency province; <see cref="Codes"/> read back from its agencies.json, in code order.</summary>
    public sealed class MinistryPortal : IDisposable
    {
        private readonly string templates = Directory.CreateTempSubdirectory("reporting-ministry-").FullName;

        public MinistryPortal()
        {
            ManyAgencies.WriteTemplates(templates, AgencyCount);
            Codes = JsonNode.Parse(File.ReadAllText(Path.Combine(templates, "agencies.json")))!["agencies"]!.AsArray()
                .Select(a => (string)a!["code"]!).Order(StringComparer.Ordinal).ToList();
            Portals = new PortalsByProvider(provider => new PortalFactory(provider) { Templates = templates, Time = new FixedTime(Now) });
        }

        public PortalsByProvider Portals { get; }

        /// <summary>Every agency's code in ordinal order: the dashboard's order when every agency has the same status.</summary>
        public IReadOnlyList<string> Codes { get; }

        public void Dispose()
        {
            Portals.Dispose();
            Directory.Delete(templates, recursive: true);
        }
    }
}
