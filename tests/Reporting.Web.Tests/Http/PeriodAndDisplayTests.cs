using System.Net;
using System.Text.RegularExpressions;
using Reporting.Testing;

namespace Reporting.Web.Tests.Http;

/// <summary>
/// What a person reads on the portal: times on the clock of the province's configured zone (here Asia/Tokyo, on a
/// server in Los Angeles), yes/no answers as Có/Không, a period typed wrong answered with a message instead of another
/// period, and period lists holding the periods of the data's years.
/// </summary>
public sealed partial class PeriodAndDisplayTests(PeriodAndDisplayTests.TokyoPortal tokyo) : IClassFixture<PeriodAndDisplayTests.TokyoPortal>
{
    // 20:30 UTC on 10 July 2026: 11 July 05:30 in Tokyo, 03:30 in Vietnam, 13:30 on 10 July in Los Angeles.
    private static readonly DateTimeOffset Now = new(2026, 7, 10, 20, 30, 0, TimeSpan.Zero);

    [ProviderTheory]
    public async Task ReceivedTimes_AreShownOnTheClockOfTheConfiguredZone(StorageProvider provider)
    {
        using var analyst = await tokyo.Portals[provider].LoginAsync("analyst");
        await UploadAsync(analyst, PortalFactory.Department, "2026-05", new Dictionary<string, object> { ["EDOC.SENT"] = 40 });

        var list = await analyst.Client.GetStringAsync($"/Submissions?agency={PortalFactory.Department}");
        var dashboard = await analyst.Client.GetStringAsync("/?period=2026-05");

        Assert.Contains("11/07/2026 05:30", list, StringComparison.Ordinal);
        Assert.Contains("11/07/2026 05:30", dashboard, StringComparison.Ordinal);
        Assert.DoesNotContain("11/07/2026 03:30", list, StringComparison.Ordinal);
    }

    [ProviderTheory]
    public async Task AYesNoAnswer_ReadsCoOrKhong_InTheUploadResultAndTheSubmissionPage_AndTheProvinceAShare(StorageProvider provider)
    {
        using var analyst = await tokyo.Portals[provider].LoginAsync("analyst");
        var result = await UploadAsync(analyst, PortalFactory.Department, "2026-04", new Dictionary<string, object> { ["EDOC.CONNECTED"] = "Có", ["EDOC.SENT"] = 12 });

        Assert.Equal("Có", ValueCell(result, "EDOC.CONNECTED"));
        var id = SubmissionLink().Match(result).Groups[1].Value;
        var detail = await analyst.Client.GetStringAsync($"/Submissions/{id}");
        Assert.Equal("Có", ValueCell(detail, "EDOC.CONNECTED"));
        Assert.DoesNotContain("1,00", Row(detail, "EDOC.CONNECTED"), StringComparison.Ordinal);

        // The province's figure is the share of the agencies that answered yes: the one that did.
        var period = await analyst.Client.GetStringAsync("/Period?period=2026-04");
        Assert.Contains("100,00", Row(period, "EDOC.CONNECTED"), StringComparison.Ordinal);

        // Traced to its sources, the figure shows the answer as the agency gave it.
        var trace = await analyst.Client.GetStringAsync("/Trace?period=2026-04&indicator=EDOC.CONNECTED");
        Assert.Equal("Có", ValueCell(trace, "EDOC.CONNECTED"));
    }

    [ProviderTheory]
    [InlineData("/Period?period=2026-H3", "2026-H3")]
    [InlineData("/Period?period=2026-H1&compare=2025-H", "2025-H")]
    [InlineData("/?period=abc", "abc")]
    [InlineData("/Submissions?period=2026-13", "2026-13")]
    [InlineData("/Templates?handler=Download&agency=VPUBND&period=2026-Q5", "2026-Q5")]
    [InlineData("/Trace?period=2026-H7&indicator=EDOC.SENT", "2026-H7")]
    public async Task APeriodTypedWrong_GetsAMessageInBothLanguages_NotAnotherPeriod(StorageProvider provider, string address, string typed)
    {
        using var analyst = await tokyo.Portals[provider].LoginAsync("analyst");

        var vietnamese = await analyst.Client.GetAsync(address);
        var html = await vietnamese.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, vietnamese.StatusCode);
        Assert.Contains($"&#x27;{typed}&#x27; không phải là kỳ báo cáo", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"summary\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"agencies\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("6 tháng đầu năm", Heading(html), StringComparison.Ordinal);

        await analyst.PostFormAsync("/Language", new() { ["lang"] = "en", ["returnUrl"] = "/Submissions" }, tokenPage: "/Submissions");
        var english = await (await analyst.Client.GetAsync(address)).Content.ReadAsStringAsync();
        Assert.Contains($"&#x27;{typed}&#x27; is not a period", english, StringComparison.Ordinal);
    }

    [ProviderTheory]
    [InlineData("/Period?period=6 tháng đầu năm 2026", "/Period?period=2026-H1")]
    [InlineData("/Period?period=quý II/2026&compare=q2 2025", "/Period?period=2026-Q2&compare=2025-Q2")]
    [InlineData("/?period=T5/2026", "/?period=2026-05")]
    public async Task APeriodTypedAsStaffWriteIt_IsThatPeriod(StorageProvider provider, string written, string strict)
    {
        using var analyst = await tokyo.Portals[provider].LoginAsync("analyst");

        var response = await analyst.Client.GetAsync(written);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var expected = await analyst.Client.GetStringAsync(strict);
        Assert.Contains("2026", Heading(html), StringComparison.Ordinal);
        Assert.Equal(Heading(expected), Heading(html));
        Assert.DoesNotContain("không phải là kỳ báo cáo", html, StringComparison.Ordinal);
    }

    [ProviderTheory]
    public async Task PeriodLists_OfferEveryPeriodOfTheDataYears_UpToThisMonth(StorageProvider provider)
    {
        using var analyst = await tokyo.Portals[provider].LoginAsync("analyst");
        await UploadAsync(analyst, PortalFactory.Department, "2025-05", new Dictionary<string, object> { ["EDOC.SENT"] = 30 });

        // 2025 whole, 2026 as far as July (the clock's month): every period that has begun.
        var expected = new List<string>();
        foreach (var (year, months) in new[] { (2026, 7), (2025, 12) })
        {
            expected.AddRange(Enumerable.Range(1, months).Select(m => $"{year}-{m:D2}"));
            expected.AddRange(Enumerable.Range(1, ((months - 1) / 3) + 1).Select(q => $"{year}-Q{q}"));
            expected.AddRange(Enumerable.Range(1, months > 6 ? 2 : 1).Select(h => $"{year}-H{h}"));
            expected.Add($"{year}-9M");
            expected.Add($"{year}");
        }

        foreach (var (page, select) in new[] { ("/?period=2026-05", "period"), ("/Period?period=2026-05", "period"), ("/Period?period=2026-05", "compare"), ("/Submissions", "period") })
        {
            var html = await analyst.Client.GetStringAsync(page);
            Assert.Equal(expected.Order(StringComparer.Ordinal), Options(html, $"<select name=\"{select}\"").Where(o => o.Length > 0).Order(StringComparer.Ordinal));
        }

        var templates = await analyst.Client.GetStringAsync("/Templates");
        Assert.Contains("list=\"period-list\"", templates, StringComparison.Ordinal);
        Assert.Equal(expected.Order(StringComparer.Ordinal), Options(templates, "<datalist id=\"period-list\"").Order(StringComparer.Ordinal));
        Assert.Contains("<option value=\"2026-H1\" selected=\"selected\">", await analyst.Client.GetStringAsync("/Period?period=2026-H1"), StringComparison.Ordinal);
        Assert.Contains("<option value=\"2025-Q3\" selected=\"selected\">", await analyst.Client.GetStringAsync("/Period?period=2026-H1&compare=2025-Q3"), StringComparison.Ordinal);
    }

    private static async Task<string> UploadAsync(PortalSession session, string agency, string period, Dictionary<string, object> values)
    {
        var response = await session.UploadAsync([($"{agency}_{period}.xlsx", Workbooks.Filled(agency, period, values))]);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK && (html.Contains("result accepted", StringComparison.Ordinal)), html);
        return html;
    }

    /// <summary>The html of the table row that names <paramref name="code"/>.</summary>
    private static string Row(string html, string code) =>
        TableRow().Matches(html).Select(m => m.Value).First(r => r.Contains(code, StringComparison.Ordinal));

    /// <summary>The first right-aligned cell of that row: the value.</summary>
    private static string ValueCell(string html, string code) =>
        NumberCell().Match(Row(html, code)).Groups[1].Value.Trim();

    private static string Heading(string html) =>
        html.IndexOf("<h1", StringComparison.Ordinal) is var from and >= 0 ? html[from..html.IndexOf("</h1>", from, StringComparison.Ordinal)] : string.Empty;

    /// <summary>The option values of the list that starts with <paramref name="start"/>.</summary>
    private static List<string> Options(string html, string start)
    {
        var from = html.IndexOf(start, StringComparison.Ordinal);
        Assert.True(from >= 0, $"no {start}");
        var to = html.IndexOf(start.StartsWith("<datalist", StringComparison.Ordinal) ? "</datalist>" : "</select>", from, StringComparison.Ordinal);
        return OptionValue().Matches(html[from..to]).Select(m => m.Groups[1].Value).ToList();
    }

    [GeneratedRegex("<tr[^>]*>.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex TableRow();

    [GeneratedRegex("<td class=\"num\">(.*?)</td>", RegexOptions.Singleline)]
    private static partial Regex NumberCell();

    [GeneratedRegex("<option value=\"([^\"]*)\"")]
    private static partial Regex OptionValue();

    [GeneratedRegex("href=\"/Submissions/([0-9]+)\"")]
    private static partial Regex SubmissionLink();

    /// <summary>A portal whose calendar names Asia/Tokyo, stopped at <see cref="Now"/> on a server in Los Angeles.</summary>
    public sealed class TokyoPortal : IDisposable
    {
        private readonly string templates = Directory.CreateTempSubdirectory("reporting-web-templates-").FullName;

        public TokyoPortal()
        {
            foreach (var file in new[] { "indicators.json", "agencies.json" })
            {
                File.Copy(Path.Combine(RepoFiles.Templates, file), Path.Combine(templates, file));
            }

            File.WriteAllText(Path.Combine(templates, "calendar.json"), """{ "cutoffDay": 1, "dueDaysAfterEnd": 5, "timeZone": "Asia/Tokyo" }""");
            Portals = new PortalsByProvider(provider => new PortalFactory(provider) { Time = new FixedTime(Now), Templates = templates });
        }

        public PortalsByProvider Portals { get; }

        public void Dispose()
        {
            Portals.Dispose();
            Directory.Delete(templates, recursive: true);
        }
    }
}
