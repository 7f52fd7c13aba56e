using Reporting.Core.Periods;
using Reporting.Core.Submissions;
using Reporting.Testing;

namespace Reporting.Workflows.Tests;

/// <summary>
/// A workspace over a real SQLite file holding the repo province's synthetic submissions of January 2025 to June 2026,
/// stored as the importer stores them, with one late correction; built once for the tests of this project.
/// </summary>
public sealed class StoredProvince : IAsyncLifetime
{
    private readonly string path = Path.Combine(Path.GetTempPath(), "reporting-workflows-tests", Guid.NewGuid().ToString("N") + ".db");

    public ReportingWorkspace Workspace { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Workspace = await ReportingWorkspace.OpenAsync(new DatabaseOpening(path, DatabaseAccess.Upgrade) { Templates = RepoFiles.Templates });
        var province = new SyntheticProvince(Workspace.Catalog, Workspace.Agencies);
        var received = new DateTimeOffset(2026, 7, 2, 8, 0, 0, TimeSpan.FromHours(7));
        var all = province.Submissions(new YearMonth(2025, 1), new YearMonth(2026, 6)).ToList();
        foreach (var submission in all)
        {
            await Workspace.Submissions.SaveAsync(Parsed(submission.Agency.Code, submission.Period, submission.Values, "v1"), received);
        }

        // A correction stored after everything else: its revenue replaces the first version's.
        var corrected = all.First(s => s.Period == PeriodId.Parse("2026-03") && s.Values.ContainsKey("TEL.REVENUE"));
        var values = corrected.Values.ToDictionary(v => v.Key, v => v.Key == "TEL.REVENUE" ? v.Value + 1000m : v.Value, StringComparer.Ordinal);
        await Workspace.Submissions.SaveAsync(Parsed(corrected.Agency.Code, corrected.Period, values, "v2"), received.AddDays(3));
    }

    public async Task DisposeAsync()
    {
        await Workspace.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(path);
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
