using Reporting.Core.Catalog;
using Reporting.Core.Periods;
using Reporting.Core.Submissions;
using Reporting.Testing;
using Reporting.Workflows.Queries;
using Reporting.Workflows.Reports;

namespace Reporting.Workflows.Tests;

/// <summary>
/// A report's date of issue, the day a file arrived and what is overdue follow the province's clock (the calendar's
/// time zone), on a server whose own zone is another.
/// </summary>
public sealed class ProvinceTimeTests : IAsyncLifetime
{
    // 20:30 UTC on 10 July 2026: 11 July 03:30 in Vietnam, still 10 July on a server in Los Angeles (and in UTC).
    private static readonly DateTimeOffset Now = new(2026, 7, 10, 20, 30, 0, TimeSpan.Zero);

    private TestDatabase? database;
    private ReportingWorkspace? opened;

    public Task InitializeAsync() => Task.CompletedTask;

    private async Task<ReportingWorkspace> OpenAsync(StorageProvider provider)
    {
        database = await TestDatabase.CreateAsync(provider);
        return opened = await ReportingWorkspace.OpenAsync(new DatabaseOpening(database.Location, DatabaseAccess.Upgrade) { Templates = RepoFiles.Templates, Time = new FixedTime(Now) });
    }

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
    public async Task Report_IsIssuedOnTheProvincesDate_AndNamesTheDayTheNewestFileArrivedThere(StorageProvider provider)
    {
        var workspace = await OpenAsync(provider);
        // Received at 17:30 UTC on 10 July: 00:30 on 11 July in the province.
        await StoreAsync(workspace, "VPUBND", "2026-06", Now.AddHours(-3));

        var model = await new ReportModelQuery(workspace).BuildAsync(PeriodId.Parse("2026-06"), null, Language.Vietnamese);

        Assert.Equal(new DateOnly(2026, 7, 11), model.IssuedOn);
        Assert.Equal(new DateOnly(2026, 7, 11), model.NewestReceivedOn);
    }

    [ProviderTheory]
    public async Task Timeliness_CountsDaysLateByTheProvincesCalendarDay(StorageProvider provider)
    {
        var workspace = await OpenAsync(provider);
        // June (cut-off on the 15th: 15 May to 14 June) is due three days after 14 June, on 17 June. A file that arrives
        // at 18:00 UTC on 17 June arrives on 18 June in the province: one day late, not on time.
        await StoreAsync(workspace, "VPUBND", "2026-06", new DateTimeOffset(2026, 6, 17, 18, 0, 0, TimeSpan.Zero));

        var completeness = await new CompletenessQuery(workspace).ListAsync(PeriodId.Parse("2026-06"));

        var owed = completeness.Single(a => a.Agency.Code == "VPUBND").Owed.Single();
        Assert.Equal(new DateOnly(2026, 6, 17), owed.Due);
        Assert.Equal((Core.Completeness.SubmissionStatus.Late, 1), (owed.Status, owed.DaysLate));
    }

    private static async Task StoreAsync(ReportingWorkspace workspace, string agency, string period, DateTimeOffset receivedAt)
    {
        var id = PeriodId.Parse(period);
        var values = workspace.Agencies[agency].Indicators.Take(3).Select((code, row) => new ParsedValue(code, 1m, $"D{7 + row}")).ToList();
        var saved = await workspace.Submissions.SaveAsync(new ParsedSubmission($"{agency}_{period}.xlsx", "Data", agency, "B2", id, "B3", values, [], $"{agency}-{period}-{receivedAt.Ticks}"), receivedAt);
        Assert.True(saved.Stored);
    }
}
