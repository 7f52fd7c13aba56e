using System.Text.Json;
using Reporting.Testing;

namespace Reporting.Cli.Tests.Deadlines;

/// <summary>`reporting missing` says deadlines and days left; `reporting remind` e-mails once per agency and deadline.</summary>
public sealed class RemindCommandTests
{
    [ProviderTheory]
    public async Task Missing_ForAPeriod_SaysEachDeadlineFromTheWorkingDayRule(StorageProvider provider)
    {
        using var temp = new TempFolder(provider);
        await CliRun.InProcessAsync("init", "--db", temp.Db);

        var run = await CliRun.InProcessAsync("missing", "--period", "2026-02", "--format", "json", "--db", temp.Db);

        Assert.Equal(0, run.ExitCode);
        var vnpt = JsonDocument.Parse(run.Stdout).RootElement.EnumerateArray().Single(a => a.GetProperty("code").GetString() == "VNPT");
        var february = vnpt.GetProperty("missing").EnumerateArray().Single();
        // February 2026 ends Saturday 14 February; Tết's days off run to Sunday 22: three working days later is 25 February.
        Assert.Equal("2026-02-25", february.GetProperty("due").GetString());
        Assert.True(february.GetProperty("overdue").GetBoolean());
        Assert.True(february.GetProperty("daysLeft").GetInt32() < 0);
        Assert.Equal(RepoFiles.Directory["VNPT"].Email, vnpt.GetProperty("email").GetString());
    }

    [Theory]
    [InlineData("missing")]
    [InlineData("missing", "--period", "2026-06", "--due-within", "3")]
    [InlineData("missing", "--due-within", "-1")]
    [InlineData("remind", "--smtp-host", "127.0.0.1")]
    public async Task BadArguments_AreUsageErrors(params string[] args)
    {
        using var temp = new TempFolder();

        var run = await CliRun.InProcessAsync([.. args, "--db", temp.Db]);

        Assert.Equal(2, run.ExitCode);
    }

    [ProviderTheory]
    public async Task Remind_ThroughALoopbackServer_SendsOncePerAgency_AndTheSecondRunSendsNothing(StorageProvider provider)
    {
        using var temp = new TempFolder(provider);
        var file = temp.File("VNPT_2026-06.xlsx");
        await RejectedFileTests.WriteGoodAsync("VNPT", "2026-06", file);
        await CliRun.InProcessAsync("import", file, "--db", temp.Db);
        await using var smtp = new LoopbackSmtpServer();
        string[] send = ["remind", "--period", "2026-06", "--smtp-host", smtp.Host, "--smtp-port", smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--from", "baocao@lamson.gov.vn", "--db", temp.Db];

        var first = await CliRun.InProcessAsync(send);
        var sent = smtp.Messages.Count;
        var second = await CliRun.InProcessAsync([.. send, "--format", "json"]);

        var june = Core.Periods.PeriodId.Parse("2026-06");
        var expected = RepoFiles.Directory.ActiveDuring(june)
            .Where(a => a.Frequency == Core.Agencies.ReportingFrequency.Monthly && a.Code != "VNPT" && a.Email is not null)
            .Select(a => a.Email!).Order(StringComparer.Ordinal).ToList();
        Assert.Equal((0, 0), (first.ExitCode, second.ExitCode));
        Assert.Contains($"{expected.Count} reminder(s) sent", first.Stderr, StringComparison.Ordinal);
        Assert.Equal(expected, smtp.Messages.SelectMany(m => m.To).Order(StringComparer.Ordinal));
        Assert.Equal(sent, smtp.Messages.Count);
        var outcomes = JsonDocument.Parse(second.Stdout).RootElement.EnumerateArray().Select(r => r.GetProperty("outcome").GetString()).ToList();
        Assert.Equal(expected.Count, outcomes.Count(o => o == "already sent"));
        Assert.DoesNotContain("sent", outcomes);
    }

    [ProviderTheory]
    public async Task Remind_WithoutAServer_ListsWhoWouldBeReminded_AndChangesNothing(StorageProvider provider)
    {
        using var temp = new TempFolder(provider);
        await CliRun.InProcessAsync("init", "--db", temp.Db);
        var before = DatabaseFingerprint.Of(temp.Db);

        var run = await CliRun.InProcessAsync("remind", "--period", "2026-06", "--db", temp.Db);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("No mail server given (--smtp-host, --from): nothing sent.", run.Stderr, StringComparison.Ordinal);
        Assert.Contains(RepoFiles.Directory["VIETTEL"].Email!, run.Stdout, StringComparison.Ordinal);
        Assert.Equal(before, DatabaseFingerprint.Of(temp.Db));
    }
}
