using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Reporting.Testing;

namespace Reporting.Web.Tests.Http;

/// <summary>The reminders page: who owes a submission due soon, and e-mails through Portal:Smtp, once per agency and deadline.</summary>
public sealed partial class RemindersPageTests
{
    // Friday 12 June 2026, 09:00 in Vietnam: June, Q2 and H1 are due on Wednesday 17 June, five days ahead.
    private static readonly DateTimeOffset Now = new(2026, 6, 12, 9, 0, 0, TimeSpan.FromHours(7));

    [ProviderTheory]
    public async Task Analyst_SendsReminders_ThroughTheConfiguredServer_AndASecondSendSendsNothing(StorageProvider provider)
    {
        await using var smtp = new LoopbackSmtpServer();
        using var portal = new PortalFactory(provider)
        {
            Time = new FixedTime(Now),
            Settings = new Dictionary<string, string>
            {
                ["Portal:Smtp:Host"] = smtp.Host,
                ["Portal:Smtp:Port"] = smtp.Port.ToString(CultureInfo.InvariantCulture),
                ["Portal:Smtp:From"] = "baocao@lamson.gov.vn",
            },
        };
        using var analyst = await portal.LoginAsync("analyst");

        var listed = await analyst.Client.GetStringAsync("/Reminders?days=5");
        var first = await analyst.PostFormAsync("/Reminders", new() { ["days"] = "5" }, tokenPage: "/Reminders?days=5");
        var sent = smtp.Messages.Count;
        var second = await analyst.PostFormAsync("/Reminders", new() { ["days"] = "5" }, tokenPage: "/Reminders?days=5");

        var owing = RepoFiles.Directory.Agencies.Where(a => a.IsActiveOn(new DateOnly(2026, 6, 14))).ToList();
        Assert.Equal(owing.Count, Outcomes().Matches(listed).Count);
        Assert.All(Outcomes().Matches(listed), m => Assert.Contains(m.Groups[1].Value, new[] { "notsent", "noaddress" }));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(owing.Count(a => a.Email is not null), sent);
        Assert.Equal(owing.Where(a => a.Email is not null).Select(a => a.Email!).Order(StringComparer.Ordinal), smtp.Messages.SelectMany(m => m.To).Order(StringComparer.Ordinal));
        Assert.Contains($"Đã gửi {sent} thư nhắc.", await first.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(sent, smtp.Messages.Count);
        Assert.Contains("Đã gửi 0 thư nhắc.", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(sent, await DatabaseFingerprint.CountAsync(portal.Database, "SELECT COUNT(*) FROM reminders_sent"));
    }

    [ProviderTheory]
    public async Task Submitter_PostingReminders_Gets403_AndNothingIsSent(StorageProvider provider)
    {
        await using var smtp = new LoopbackSmtpServer();
        using var portal = new PortalFactory(provider)
        {
            Time = new FixedTime(Now),
            Settings = new Dictionary<string, string> { ["Portal:Smtp:Host"] = smtp.Host, ["Portal:Smtp:Port"] = smtp.Port.ToString(CultureInfo.InvariantCulture), ["Portal:Smtp:From"] = "baocao@lamson.gov.vn" },
        };
        using var submitter = await portal.LoginAsync(PortalFactory.DepartmentSubmitter);
        var before = await DatabaseFingerprint.OfAsync(portal.Database);

        var page = await submitter.Client.GetAsync("/Reminders");
        var post = await submitter.PostFormAsync("/Reminders", new() { ["days"] = "5" }, tokenPage: "/Upload");

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Empty(smtp.Messages);
        Assert.Equal(0, await DatabaseFingerprint.CountAsync(portal.Database, "SELECT COUNT(*) FROM reminders_sent"));
        Assert.Equal(before, await DatabaseFingerprint.OfAsync(portal.Database));
    }

    [ProviderTheory]
    public async Task WithoutAMailServer_TheListShows_AndSendingIsRefused_SendingNothing(StorageProvider provider)
    {
        using var portal = new PortalFactory(provider) { Time = new FixedTime(Now) };
        using var analyst = await portal.LoginAsync("analyst");

        var listed = await analyst.Client.GetStringAsync("/Reminders?days=5");
        var post = await analyst.PostFormAsync("/Reminders", new() { ["days"] = "5" }, tokenPage: "/Reminders");

        Assert.Contains("id=\"no-smtp\"", listed, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, post.StatusCode);
        Assert.Equal(0, await DatabaseFingerprint.CountAsync(portal.Database, "SELECT COUNT(*) FROM reminders_sent"));
    }

    [GeneratedRegex("data-outcome=\"([a-z]+)\"")]
    private static partial Regex Outcomes();
}
