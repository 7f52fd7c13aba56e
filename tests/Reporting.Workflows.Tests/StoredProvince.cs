using Reporting.Core.Periods;
using Reporting.Core.Submissions;
using Reporting.Testing;

namespace Reporting.Workflows.Tests;

/// <summary>
/// A workspace over a real database of each provider holding the repo province's synthetic submissions of January 2025
/// to June 2026, stored as the importer stores them, with one late correction; built once per provider, when a test of
/// this project first asks for it.
/// </summary>
public sealed class StoredProvince : IAsyncLifetime
{
    private readonly Dictionary<StorageProvider, Task<(TestDatabase Database, ReportingWorkspace Workspace)>> built = [];
    private readonly Lock guard = new();

    public Task<ReportingWorkspace> WorkspaceAsync(StorageProvider provider)
    {
        Task<(TestDatabase Database, ReportingWorkspace Workspace)> building;
        lock (guard)
        {
            if (!built.TryGetValue(provider, out building!))
            {
                built[provider] = building = BuildAsync(provider);
            }
        }

        return Workspace(building);

        static async Task<ReportingWorkspace> Workspace(Task<(TestDatabase Database, ReportingWorkspace Workspace)> building) => (await building).Workspace;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    private static async Task<(TestDatabase, ReportingWorkspace)> BuildAsync(StorageProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var workspace = await ReportingWorkspace.OpenAsync(new DatabaseOpening(database.Location, DatabaseAccess.Upgrade) { Templates = RepoFiles.Templates });
        var province = new SyntheticProvince(workspace.Catalog, workspace.Agencies);
        var received = new DateTimeOffset(2026, 7, 2, 8, 0, 0, TimeSpan.FromHours(7));
        var all = province.Submissions(new YearMonth(2025, 1), new YearMonth(2026, 6)).ToList();
        foreach (var submission in all)
        {
            await workspace.Submissions.SaveAsync(Parsed(submission.Agency.Code, submission.Period, submission.Values, "v1"), received);
        }

        // A correction stored after everything else: its revenue replaces the first version's.
        var corrected = all.First(s => s.Period == PeriodId.Parse("2026-03") && s.Values.ContainsKey("TEL.REVENUE"));
        var values = corrected.Values.ToDictionary(v => v.Key, v => v.Key == "TEL.REVENUE" ? v.Value + 1000m : v.Value, StringComparer.Ordinal);
        await workspace.Submissions.SaveAsync(Parsed(corrected.Agency.Code, corrected.Period, values, "v2"), received.AddDays(3));
        return (database, workspace);
    }

    public async Task DisposeAsync()
    {
        foreach (var building in built.Values)
        {
            if (building.IsCompletedSuccessfully)
            {
                var (database, workspace) = await building;
                await workspace.DisposeAsync();
                await database.DisposeAsync();
            }
        }
    }

    private static ParsedSubmission Parsed(string agency, PeriodId period, IReadOnlyDictionary<string, decimal?> values, string version) => new(
        $"{agency}_{period}_{version}.xlsx",
        "Data",
        agency,
        "B2",
        period,
        "B3",
        values.Select((v, row) => new ParsedValue(v.Key, v.Value, "D" + (7 + row).ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList(),
        [],
        $"{agency}-{period}-{version}");
}
