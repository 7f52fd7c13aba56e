using Reporting.Core.Catalog;
using Reporting.Core.Periods;
using Reporting.Core.Submissions;
using Reporting.Excel.Import;
using Reporting.Excel.Templates;
using Reporting.Testing;
using Reporting.Workflows.Import;

namespace Reporting.Workflows.Tests.Import;

/// <summary>What the upload page shows beside an accepted file: each stored value against the version it replaced.</summary>
public sealed class VersionChangeQueryTests : IAsyncDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 5, 5, 0, 0, TimeSpan.Zero);
    private static readonly PeriodId May = PeriodId.Parse("2026-05");

    private TestDatabase database = null!;
    private ReportingWorkspace workspace = null!;

    private string Folder => database.Folder;

    public async ValueTask DisposeAsync()
    {
        if (workspace is not null)
        {
            await workspace.DisposeAsync();
        }

        if (database is not null)
        {
            await database.DisposeAsync();
        }
    }

    [ProviderTheory]
    public async Task List_Correction_GivesEveryRowInSheetOrder_WithTheReplacedVersionsValue(StorageProvider provider)
    {
        await OpenAsync(provider);
        var values = new SyntheticProvince(workspace.Catalog, workspace.Agencies).ValuesFor(workspace.Agencies["VNPT"], May);
        var first = await ImportAsync(Workbook("VNPT_2026-05.xlsx", 100m));
        var corrected = await ImportAsync(Workbook("VNPT_2026-05_v2.xlsx", 150m));

        var changes = await new VersionChangeQuery(workspace).ListAsync(corrected);

        Assert.Equal((ImportOutcome.Stored, ImportOutcome.Stored, (long?)first.SubmissionId), (first.Outcome, corrected.Outcome, corrected.SupersededId));
        var sheet = new SubmissionFileReader(workspace.Catalog).Read(Path.Combine(Folder, "VNPT_2026-05_v2.xlsx"));
        Assert.Equal(sheet.Values.Select(v => (v.IndicatorCode, (string?)v.Cell)), changes.Select(c => (c.IndicatorCode, c.Cell)));
        var revenue = Assert.Single(changes, c => c.Changed);
        Assert.Equal(("TEL.REVENUE", (decimal?)150m, (decimal?)100m), (revenue.IndicatorCode, revenue.Value, revenue.Previous));
        Assert.All(changes.Where(c => c.IndicatorCode != "TEL.REVENUE"), c => Assert.Equal(values[c.IndicatorCode], c.Previous));
    }

    [ProviderTheory]
    public async Task List_FirstVersion_HasNoPreviousValues_AndARejectedFileNoRows(StorageProvider provider)
    {
        await OpenAsync(provider);
        var first = await ImportAsync(Workbook("VNPT_2026-05.xlsx", 100m));
        var rejected = await ImportAsync(Workbook("VNPT_2026-05_bad.xlsx", 9_999_999m));

        var firstChanges = await new VersionChangeQuery(workspace).ListAsync(first);
        var rejectedChanges = await new VersionChangeQuery(workspace).ListAsync(rejected);

        Assert.NotEmpty(firstChanges);
        Assert.All(firstChanges, c => Assert.Null(c.Previous));
        Assert.Contains(firstChanges, c => c.IndicatorCode == "TEL.REVENUE" && c.Value == 100m);
        Assert.Equal(ImportOutcome.Rejected, rejected.Outcome);
        Assert.Empty(rejectedChanges);
    }

    [ProviderTheory]
    public async Task List_IndicatorOnlyTheReplacedVersionHad_ComesLast_WithoutCellOrValue(StorageProvider provider)
    {
        await OpenAsync(provider);
        var received = Now.AddDays(-1);
        var v1 = await workspace.Submissions.SaveAsync(Parsed("v1", ("TEL.REVENUE", 100m, "D7"), ("TEL.PHONE_SUBS", 20m, "D8"), ("TEL.FBB_SUBS", 3m, "D9")), received);
        var v2 = await workspace.Submissions.SaveAsync(Parsed("v2", ("TEL.REVENUE", 100m, "D7"), ("TEL.PHONE_SUBS", 25m, "D8")), received.AddHours(1));
        var import = new FileImportResult("v2.xlsx", ImportOutcome.Stored, "VNPT", May, v2.Version, [], v2.SubmissionId, v2.SupersededId);

        var changes = await new VersionChangeQuery(workspace).ListAsync(import);

        Assert.Equal(v1.SubmissionId, v2.SupersededId);
        Assert.Equal(
            [
                new ValueChange("TEL.REVENUE", "D7", 100m, 100m),
                new ValueChange("TEL.PHONE_SUBS", "D8", 25m, 20m),
                new ValueChange("TEL.FBB_SUBS", null, null, 3m),
            ],
            changes);
        Assert.Equal([false, true, true], changes.Select(c => c.Changed));
    }

    private async Task OpenAsync(StorageProvider provider)
    {
        database = await TestDatabase.CreateAsync(provider);
        workspace = await ReportingWorkspace.OpenAsync(
            new DatabaseOpening(database.Location, DatabaseAccess.Upgrade) { Templates = RepoFiles.Templates, Time = new FixedTime(Now) });
    }

    private Task<FileImportResult> ImportAsync(string path) => new SubmissionImporter(workspace).ImportFileAsync(path, new ImportOptions());

    /// <summary>VNPT's May form filled with the synthetic province's values, TEL.REVENUE as given.</summary>
    private string Workbook(string name, decimal revenue)
    {
        var values = new SyntheticProvince(workspace.Catalog, workspace.Agencies).ValuesFor(workspace.Agencies["VNPT"], May).ToDictionary(StringComparer.Ordinal);
        values["TEL.REVENUE"] = revenue;
        var path = Path.Combine(Folder, name);
        using var stream = File.Create(path);
        new SubmissionTemplateWriter(workspace.Catalog).Write(workspace.Agencies["VNPT"], May, Language.Vietnamese, stream, values);
        return path;
    }

    private static ParsedSubmission Parsed(string version, params (string Code, decimal Value, string Cell)[] values) => new(
        $"VNPT_2026-05_{version}.xlsx", "Data", "VNPT", "B2", May, "B3", values.Select(v => new ParsedValue(v.Code, v.Value, v.Cell)).ToList(), [], "VNPT-2026-05-" + version);
}
