using MimeKit;
using Reporting.Core.Periods;
using Reporting.Core.Submissions;
using Reporting.Data;
using Reporting.Testing;
using Reporting.Workflows.Queries;
using Reporting.Workflows.Reminders;

namespace Reporting.Workflows.Tests.Reminders;

/// <summary>
/// Before a deadline: who owes what and by when, and e-mails through SMTP (a loopback server the test starts), at most
/// one per agency and deadline.
/// </summary>
public sealed class ReminderTests : IAsyncLifetime
{
    // Friday 12 June 2026, 09:00 in Vietnam. June (15 May to 14 June), Q2 and H1 end on Sunday 14 June and are due
    // three working days later: Wednesday 17 June, five days from now.
    private static readonly DateTimeOffset Now = new(2026, 6, 12, 9, 0, 0, TimeSpan.FromHours(7));
    private static readonly DateOnly June17 = new(2026, 6, 17);

    private TestDatabase? database;
    private ReportingWorkspace? opened;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (opened is not null)
        {
            await opened.DisposeAsync();
        }

        if (database is not null)
        {
            await database.DisposeAsync();
        }
    }

    [ProviderTheory]
    public async Task DueWithin_ListsEveryUnsentSubmissionDueSoon_WithItsDeadlineAndDaysLeft(StorageProvider provider)
    {
        var workspace = await OpenAsync(provider);
        await StoreAsync(workspace, "VNPT", "2026-06");

        var soon = await new MissingQuery(workspace).DueWithinAsync(5);
        var notYet = await new MissingQuery(workspace).DueWithinAsync(4);

        // Every agency active in June owes its June, Q2 or H1 (by its frequency), all due 17 June; VNPT has sent June.
        var expected = RepoFiles.Directory.Agencies
            .Where(a => a.IsActiveOn(new DateOnly(2026, 6, 14)))
            .Select(a => (a.Code, Period: a.Frequency switch
            {
                Core.Agencies.ReportingFrequency.Monthly => "2026-06",
                Core.Agencies.ReportingFrequency.Quarterly => "2026-Q2",
                _ => "2026-H1",
            }))
            .Where(x => x != ("VNPT", "2026-06"))
            .ToHashSet();
        Assert.Equal(expected.Order(), soon.Select(d => (d.Agency.Code, d.Period.ToString())).Order());
        Assert.All(soon, d => Assert.Equal((June17, 5), (d.Due, d.DaysLeft)));
        Assert.Empty(notYet);
    }

    [ProviderTheory]
    public async Task Remind_SendsOneVietnameseMailPerOwingAgency_AndASecondRunSendsNothing(StorageProvider provider)
    {
        var workspace = await OpenAsync(provider);
        await StoreAsync(workspace, "VNPT", "2026-06");
        await using var smtp = new LoopbackSmtpServer();
        var settings = new SmtpSettings(smtp.Host, smtp.Port, "baocao@lamson.gov.vn");
        var june = PeriodId.Parse("2026-06");

        var first = await new ReminderSender(workspace).SendAsync(await new MissingQuery(workspace).OwedAsync(june), settings);

        var monthly = RepoFiles.Directory.ActiveDuring(june).Where(a => a.Frequency == Core.Agencies.ReportingFrequency.Monthly && a.Code != "VNPT").ToList();
        var addresses = monthly.Where(a => a.Email is not null).Select(a => a.Email!).ToList();
        Assert.Equal(addresses.Count, first.Count(r => r.Outcome == ReminderOutcome.Sent));
        Assert.Equal(monthly.Count(a => a.Email is null), first.Count(r => r.Outcome == ReminderOutcome.NoAddress));
        Assert.Equal(addresses.Order(StringComparer.Ordinal), smtp.Messages.SelectMany(m => m.To).Order(StringComparer.Ordinal));
        Assert.All(smtp.Messages, m => Assert.Equal("baocao@lamson.gov.vn", m.From));

        var viettel = RepoFiles.Directory["VIETTEL"];
        var mail = Parse(smtp.Messages.Single(m => m.To.Contains(viettel.Email!)));
        Assert.Equal("[Nhắc hạn nộp báo cáo] VIETTEL: tháng 6/2026, hạn 17/06/2026", mail.Subject);
        Assert.Contains($"Kính gửi: {viettel.Name}", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("chưa nhận được báo cáo tháng 6/2026 (kỳ 2026-06)", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Hạn nộp: ngày 17/06/2026 (còn 5 ngày).", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("VIETTEL_2026-06.xlsx", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Deadline: 17 June 2026 (5 days left)", mail.TextBody, StringComparison.Ordinal);

        var sentBefore = smtp.Messages.Count;
        var second = await new ReminderSender(workspace).SendAsync(await new MissingQuery(workspace).OwedAsync(june), settings);

        Assert.Equal(sentBefore, smtp.Messages.Count);
        Assert.DoesNotContain(second, r => r.Outcome == ReminderOutcome.Sent);
        Assert.Equal(addresses.Count, second.Count(r => r.Outcome == ReminderOutcome.AlreadySent));
        var log = await new ReminderLog(workspace.Db).AllAsync();
        Assert.Equal(addresses.Order(StringComparer.Ordinal), log.Select(r => r.Recipient).Order(StringComparer.Ordinal));
        Assert.All(log, r => Assert.Equal(("2026-06", June17), (r.Period, r.Due)));
    }

    [ProviderTheory]
    public async Task Remind_AfterTheAdminMovesTheDeadline_RemindsOfTheNewOne(StorageProvider provider)
    {
        var workspace = await OpenAsync(provider);
        await using var smtp = new LoopbackSmtpServer();
        var settings = new SmtpSettings(smtp.Host, smtp.Port, "baocao@lamson.gov.vn");
        var viettel = RepoFiles.Directory["VIETTEL"];
        var owed = new DueSubmission(viettel, PeriodId.Parse("2026-06"), June17, 5);

        await new ReminderSender(workspace).SendAsync([owed], settings);
        var again = await new ReminderSender(workspace).SendAsync([owed], settings);
        var moved = await new ReminderSender(workspace).SendAsync([owed with { Due = June17.AddDays(2), DaysLeft = 7 }], settings);

        Assert.Equal(ReminderOutcome.AlreadySent, again.Single().Outcome);
        Assert.Equal(ReminderOutcome.Sent, moved.Single().Outcome);
        Assert.Equal(2, smtp.Messages.Count);
        Assert.Contains("hạn 19/06/2026", Parse(smtp.Messages[1]).Subject, StringComparison.Ordinal);
    }

    [ProviderTheory]
    public async Task Remind_WhenTheServerRefuses_RecordsNothing_SoALaterRunSendsIt(StorageProvider provider)
    {
        var workspace = await OpenAsync(provider);
        await using var smtp = new LoopbackSmtpServer { RefuseRecipients = true };
        var settings = new SmtpSettings(smtp.Host, smtp.Port, "baocao@lamson.gov.vn");
        var owed = new DueSubmission(RepoFiles.Directory["VIETTEL"], PeriodId.Parse("2026-06"), June17, 5);

        var refused = await new ReminderSender(workspace).SendAsync([owed], settings);
        smtp.RefuseRecipients = false;
        var later = await new ReminderSender(workspace).SendAsync([owed], settings);

        Assert.Equal(ReminderOutcome.Failed, refused.Single().Outcome);
        Assert.Contains("mailbox unavailable", refused.Single().Failure, StringComparison.Ordinal);
        Assert.Equal(ReminderOutcome.Sent, later.Single().Outcome);
        Assert.Single(smtp.Messages);
        Assert.Single(await new ReminderLog(workspace.Db).AllAsync());
    }

    [ProviderTheory]
    public async Task Remind_WhenTheServerCannotBeReached_FailsEveryOne_AndRecordsNothing(StorageProvider provider)
    {
        var workspace = await OpenAsync(provider);
        var closed = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        closed.Start();
        var port = ((System.Net.IPEndPoint)closed.LocalEndpoint).Port;
        closed.Stop();
        var owed = new[] { "VIETTEL", "VNPT" }.Select(a => new DueSubmission(RepoFiles.Directory[a], PeriodId.Parse("2026-06"), June17, 5)).ToList();

        var results = await new ReminderSender(workspace).SendAsync(owed, new SmtpSettings("127.0.0.1", port, "baocao@lamson.gov.vn"));

        Assert.All(results, r => Assert.Equal(ReminderOutcome.Failed, r.Outcome));
        Assert.All(results, r => Assert.StartsWith($"127.0.0.1:{port}: ", r.Failure, StringComparison.Ordinal));
        Assert.Empty(await new ReminderLog(workspace.Db).AllAsync());
    }

    [ProviderTheory]
    public async Task Remind_WithoutAServer_ListsWhoWouldBeReminded_AndRecordsNothing(StorageProvider provider)
    {
        var workspace = await OpenAsync(provider);
        var owed = new DueSubmission(RepoFiles.Directory["VIETTEL"], PeriodId.Parse("2026-06"), June17, 5);

        var listed = await new ReminderSender(workspace).SendAsync([owed], smtp: null);

        Assert.Equal((ReminderOutcome.NotSent, RepoFiles.Directory["VIETTEL"].Email), (listed.Single().Outcome, listed.Single().Recipient));
        Assert.Empty(await new ReminderLog(workspace.Db).AllAsync());
    }

    private static MimeMessage Parse(ReceivedMail mail) => MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(mail.Data)));

    private async Task<ReportingWorkspace> OpenAsync(StorageProvider provider)
    {
        database = await TestDatabase.CreateAsync(provider);
        return opened = await ReportingWorkspace.OpenAsync(new DatabaseOpening(database.Location, DatabaseAccess.Upgrade) { Templates = RepoFiles.Templates, Time = new FixedTime(Now) });
    }

    private static async Task StoreAsync(ReportingWorkspace workspace, string agency, string period)
    {
        var id = PeriodId.Parse(period);
        var values = workspace.Agencies[agency].Indicators.Take(3).Select((code, row) => new ParsedValue(code, 1m, $"D{7 + row}")).ToList();
        var saved = await workspace.Submissions.SaveAsync(new ParsedSubmission($"{agency}_{period}.xlsx", "Data", agency, "B2", id, "B3", values, [], $"{agency}-{period}"), Now.AddDays(-1));
        Assert.True(saved.Stored);
    }
}
