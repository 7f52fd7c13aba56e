using System.Net;
using System.Text.RegularExpressions;
using Reporting.Testing;

namespace Reporting.Web.Tests.Http;

/// <summary>A submitter's start page: its agency's next deadlines (working days, holidays skipped) and each one's state.</summary>
public sealed partial class SubmitterStartTests
{
    // Friday 12 June 2026, 09:00 in Vietnam.
    private static readonly DateTimeOffset Now = new(2026, 6, 12, 9, 0, 0, TimeSpan.FromHours(7));

    [ProviderTheory]
    public async Task Submitter_StartPage_ListsItsDeadlinesSoonestFirst_WithEachState(StorageProvider provider)
    {
        using var portal = new PortalFactory(provider) { Time = new FixedTime(Now) };
        using var submitter = await portal.LoginAsync(PortalFactory.DepartmentSubmitter);
        var stored = await submitter.UploadAsync([("VPUBND_2026-05.xlsx", Workbooks.Filled(PortalFactory.Department, "2026-05", new Dictionary<string, object> { ["EDOC.SENT"] = 1_200, ["EDOC.SIGNED"] = 1_100 }))]);
        Assert.Equal(HttpStatusCode.OK, stored.StatusCode);

        var response = await submitter.Client.GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Hạn nộp báo cáo của đơn vị", html, StringComparison.Ordinal);
        var rows = Row().Matches(html).Select(m => (Period: m.Groups["period"].Value, State: m.Groups["state"].Value, Agency: m.Groups["agency"].Value)).ToList();
        // Deadlines from 45 days back to 100 ahead: May (due Tuesday 19 May, sent today: late), June (Wednesday 17 June),
        // July (Friday 17 July), August (Wednesday 19 August), September (Thursday 17 September); April (17 April) is
        // too far back, October too far ahead.
        Assert.Equal(
            [("2026-05", "late"), ("2026-06", "notyetdue"), ("2026-07", "notyetdue"), ("2026-08", "notyetdue"), ("2026-09", "notyetdue")],
            rows.Select(r => (r.Period, r.State)));
        Assert.All(rows, r => Assert.Equal(PortalFactory.Department, r.Agency));
        Assert.Contains("19/05/2026", html, StringComparison.Ordinal);
        Assert.Contains("17/06/2026", html, StringComparison.Ordinal);
        Assert.Contains("Nộp muộn", html, StringComparison.Ordinal);
        Assert.Contains("muộn 24 ngày", html, StringComparison.Ordinal);
    }

    [ProviderTheory]
    public async Task Submitter_StartPage_ShowsAReturnedSubmissionFirst_WithTheReasonAndWhereToCorrectIt(StorageProvider provider)
    {
        using var portal = new PortalFactory(provider) { Time = new FixedTime(Now) };
        using var submitter = await portal.LoginAsync(PortalFactory.DepartmentSubmitter);
        var file = Workbooks.Filled(PortalFactory.Department, "2026-06", new Dictionary<string, object> { ["EDOC.SENT"] = 1_200, ["EDOC.SIGNED"] = 1_100 });
        foreach (var month in new[] { "2026-05", "2026-06" })
        {
            var filled = Workbooks.Filled(PortalFactory.Department, month, new Dictionary<string, object> { ["EDOC.SENT"] = 1_200, ["EDOC.SIGNED"] = 1_100 });
            Assert.Equal(HttpStatusCode.OK, (await submitter.UploadAsync([($"VPUBND_{month}.xlsx", filled)])).StatusCode);
        }

        var june = await DatabaseFingerprint.CountAsync(portal.Database, "SELECT max(id) FROM submissions WHERE agency_code = 'VPUBND' AND period = '2026-06'");
        using var analyst = await portal.LoginAsync("analyst");
        var returned = await analyst.PostFormAsync(
            "/Review?handler=Return", new() { ["id"] = $"{june}", ["period"] = "2026-06", ["reason"] = "Số văn bản đi chưa khớp", ["cell"] = Workbooks.ValueCellOf(file, "EDOC.SENT"), ["comment"] = "Kiểm tra lại" }, tokenPage: "/Review");
        Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);

        var html = await submitter.Client.GetStringAsync("/");

        var section = html.IndexOf("id=\"returned\"", StringComparison.Ordinal);
        Assert.True(section >= 0 && section < html.IndexOf("id=\"deadlines\"", StringComparison.Ordinal), "the returned submissions come before the deadlines");
        Assert.Contains($"data-submission=\"{june}\" data-agency=\"VPUBND\" data-period=\"2026-06\"", html, StringComparison.Ordinal);
        Assert.Contains("Số văn bản đi chưa khớp", html, StringComparison.Ordinal);
        Assert.Contains("1 ý kiến tại ô", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Submissions/{june}\"", html, StringComparison.Ordinal);
        var rows = Row().Matches(html).Select(m => (m.Groups["period"].Value, m.Groups["returned"].Value)).ToList();
        Assert.Equal(("2026-06", "true"), rows[0]);
        Assert.Equal(("2026-05", "false"), rows[1]);
    }

    [ProviderTheory]
    public async Task Analyst_StartPage_IsStillTheDashboard(StorageProvider provider)
    {
        using var portal = new PortalFactory(provider) { Time = new FixedTime(Now) };
        using var analyst = await portal.LoginAsync("analyst");

        var html = await (await analyst.Client.GetAsync("/")).Content.ReadAsStringAsync();

        Assert.Contains("id=\"agencies\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Hạn nộp báo cáo của đơn vị", html, StringComparison.Ordinal);
    }

    [GeneratedRegex("<tr data-agency=\"(?<agency>[^\"]+)\" data-period=\"(?<period>[^\"]+)\" data-state=\"(?<state>[^\"]+)\" data-returned=\"(?<returned>[a-z]+)\">")]
    private static partial Regex Row();
}
