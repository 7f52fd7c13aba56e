using System.Globalization;
using System.Text;
using ClosedXML.Excel;
using Reporting.Core.Catalog;
using Reporting.Core.Periods;
using Reporting.Core.Reports;
using Reporting.Excel.Templates;
using Reporting.Testing;
using Reporting.Workflows.Import;
using Reporting.Workflows.Queries;

namespace Reporting.Workflows.Tests.Estimates;

/// <summary>
/// Estimates ("ước thực hiện") marked in the form's visible cell, in its Estimate column or by the importer's option,
/// stored on the submission and its values, and replaced as current by the final version, which the history tells apart.
/// </summary>
public sealed class EstimateImportTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 12, 5, 5, 0, 0, TimeSpan.Zero);
    private static readonly PeriodId August = PeriodId.Parse("2026-08");

    private readonly string folder = Directory.CreateTempSubdirectory("reporting-estimates-").FullName;
    private TestDatabase? database;
    private ReportingWorkspace workspace = null!;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (workspace is not null)
        {
            await workspace.DisposeAsync();
        }

        if (database is not null)
        {
            await database.DisposeAsync();
        }

        Directory.Delete(folder, recursive: true);
    }

    [ProviderTheory]
    public async Task Import_EstimateCellSaysCo_StoresAnEstimate_ThenTheFinalVersionReplacesIt_AndTheHistoryKeepsBoth(StorageProvider provider)
    {
        await StartAsync(provider);
        var estimate = await ImportAsync(Workbook("VNPT", "VNPT_2026-08.xlsx", revenue: 50_000, estimateCell: "Có"));
        Assert.Equal(ImportOutcome.Stored, estimate.Outcome);
        Assert.True(estimate.IsEstimate);
        var filled = database!.Scalar($"SELECT COUNT(*) FROM submission_values WHERE submission_id = {estimate.SubmissionId} AND value_micros IS NOT NULL");
        Assert.Equal(filled, estimate.EstimateCount);
        Assert.Equal(1, database.Scalar($"SELECT COUNT(*) FROM submissions WHERE id = {estimate.SubmissionId} AND is_estimate = {True}"));
        Assert.Equal(0, database.Scalar($"SELECT COUNT(*) FROM submission_values WHERE submission_id = {estimate.SubmissionId} AND is_estimate = {False}"));

        var final = await ImportAsync(Workbook("VNPT", "VNPT_2026-08.xlsx", revenue: 52_000, estimateCell: "Không"));

        Assert.Equal(ImportOutcome.Stored, final.Outcome);
        Assert.False(final.IsEstimate);
        Assert.Equal(0, final.EstimateCount);
        Assert.Equal(estimate.SubmissionId, final.SupersededId);
        var history = (await new SubmissionHistoryQuery(workspace).OfAgencyAsync("VNPT")).Where(s => s.Period == August).OrderBy(s => s.Version).ToList();
        Assert.Equal([(1, false, true), (2, true, false)], history.Select(s => (s.Version, s.IsCurrent, s.HasEstimates)));
        Assert.Equal(["ước", "chính thức"], history.Select(s => ReportFormat.VersionKind(s, Language.Vietnamese)));
        Assert.Equal(["estimate", "final"], history.Select(s => ReportFormat.VersionKind(s, Language.English)));

        // The estimate stays readable as it was; the current value is the final one, and no longer an estimate.
        var kept = await new SubmissionHistoryQuery(workspace).ValuesOfAsync(estimate.SubmissionId!.Value);
        Assert.Equal(50_000m, kept.Single(v => v.IndicatorCode == "TEL.REVENUE").Value);
        Assert.All(kept, v => Assert.True(v.IsEstimate));
        var current = (await workspace.Submissions.CurrentValuesOfAgenciesAsync(["VNPT"], August.FirstMonth, August.LastMonth)).Single(v => v.IndicatorCode == "TEL.REVENUE");
        Assert.Equal((52_000m, false), (current.Value, current.IsEstimate));
    }

    [ProviderTheory]
    public async Task Import_EstimateColumnMarksSingleRows_OnlyThoseValuesAreEstimates(StorageProvider provider)
    {
        await StartAsync(provider);
        var path = Workbook("VNPT", "VNPT_2026-08.xlsx", revenue: 50_000, rowMarks: new Dictionary<string, string> { ["TEL.REVENUE"] = "x", ["TEL.MBB_SUBS"] = "Yes" });

        var result = await ImportAsync(path);

        Assert.Equal(ImportOutcome.Stored, result.Outcome);
        Assert.False(result.IsEstimate);
        Assert.Equal(2, result.EstimateCount);
        var rows = await new SubmissionHistoryQuery(workspace).RowsOfAsync(result.SubmissionId!.Value);
        Assert.Equal(["TEL.MBB_SUBS", "TEL.REVENUE"], rows.Where(r => r.IsEstimate).Select(r => r.IndicatorCode).Order(StringComparer.Ordinal));
        var info = await new SubmissionHistoryQuery(workspace).SubmissionAsync(result.SubmissionId.Value);
        Assert.Equal((false, 2), (info!.IsEstimate, info.EstimateCount));
        Assert.Equal("ước: 2 giá trị", ReportFormat.VersionKind(info, Language.Vietnamese));
    }

    [ProviderTheory]
    public async Task Import_EstimateCellWithAnotherWord_IsRefused_NamingTheCell_AndTheDatabaseIsUnchanged(StorageProvider provider)
    {
        await StartAsync(provider);
        Assert.Equal(ImportOutcome.Stored, (await ImportAsync(Workbook("VNPT", "VNPT_2026-08.xlsx", revenue: 50_000))).Outcome);
        var before = Fingerprint();

        var cell = await ImportAsync(Workbook("VNPT", "VNPT_2026-08.xlsx", revenue: 51_000, estimateCell: "maybe"));
        var row = await ImportAsync(Workbook("VNPT", "VNPT_2026-08.xlsx", revenue: 51_000, rowMarks: new Dictionary<string, string> { ["TEL.REVENUE"] = "ước?" }));

        Assert.Equal(ImportOutcome.Rejected, cell.Outcome);
        var issue = Assert.Single(cell.Errors);
        Assert.Equal(("Data", "B4"), (issue.Sheet, issue.Cell));
        Assert.Equal("'maybe' in B4 does not say whether the figures are estimates: write Có or Không (Yes/No, or x for yes), or leave it empty", issue.Message);
        Assert.Equal("'maybe' ở ô B4 không cho biết số liệu có phải ước tính không: ghi Có hoặc Không (Yes/No, hoặc x là có), hoặc để trống", issue.MessageVi);
        Assert.Equal(ImportOutcome.Rejected, row.Outcome);
        var rowIssue = Assert.Single(row.Errors);
        Assert.Equal(("Data", "TEL.REVENUE"), (rowIssue.Sheet, rowIssue.IndicatorCode));
        Assert.StartsWith("F", rowIssue.Cell, StringComparison.Ordinal);
        Assert.StartsWith("'ước?' in F", rowIssue.Message, StringComparison.Ordinal);
        Assert.Equal(before, Fingerprint());
    }

    [ProviderTheory]
    public async Task Import_EstimateOption_MarksTheFile_AndTheSameFileSentAgainWithoutIt_IsTheFinalVersion(StorageProvider provider)
    {
        await StartAsync(provider);
        var path = Workbook("VNPT", "VNPT_2026-08.xlsx", revenue: 50_000);

        var estimate = await ImportAsync(path, new ImportOptions(Estimate: true));
        var again = await ImportAsync(path, new ImportOptions(Estimate: true));
        var final = await ImportAsync(path);

        Assert.Equal((ImportOutcome.Stored, true), (estimate.Outcome, estimate.IsEstimate));
        Assert.Equal((ImportOutcome.Unchanged, 1), (again.Outcome, again.Version));
        Assert.Equal((ImportOutcome.Stored, 2, false), (final.Outcome, final.Version, final.IsEstimate));
        Assert.Equal(0, database!.Scalar($"SELECT COUNT(*) FROM submission_values WHERE submission_id = {final.SubmissionId} AND is_estimate = {True}"));
    }

    [ProviderTheory]
    public async Task Import_FormWithoutEstimateCellOrColumn_ReadsAsFinal(StorageProvider provider)
    {
        await StartAsync(provider);
        var path = Workbook("VNPT", "VNPT_2026-08.xlsx", revenue: 50_000, withoutEstimateFields: true);

        var result = await ImportAsync(path);

        Assert.Equal((ImportOutcome.Stored, false, 0), (result.Outcome, result.IsEstimate, result.EstimateCount));
    }

    private string True => database!.Provider == StorageProvider.Sqlite ? "1" : "TRUE";

    private string False => database!.Provider == StorageProvider.Sqlite ? "0" : "FALSE";

    private async Task StartAsync(StorageProvider provider)
    {
        database = await TestDatabase.CreateAsync(provider);
        workspace = await ReportingWorkspace.OpenAsync(new DatabaseOpening(database.Location, DatabaseAccess.Upgrade) { Templates = RepoFiles.Templates, Time = new FixedTime(Now) });
    }

    private Task<FileImportResult> ImportAsync(string path, ImportOptions? options = null) =>
        new SubmissionImporter(workspace).ImportFileAsync(path, options ?? new ImportOptions());

    /// <summary>The agency's August form with the synthetic values, its estimate cell and Estimate column filled as given.</summary>
    private string Workbook(
        string agency, string name, decimal revenue, string? estimateCell = null, IReadOnlyDictionary<string, string>? rowMarks = null, bool withoutEstimateFields = false)
    {
        var values = new SyntheticProvince(workspace.Catalog, workspace.Agencies).ValuesFor(workspace.Agencies[agency], August).ToDictionary(StringComparer.Ordinal);
        values["TEL.REVENUE"] = revenue;
        var path = Path.Combine(Directory.CreateDirectory(Path.Combine(folder, Guid.NewGuid().ToString("N"))).FullName, name);
        using (var stream = File.Create(path))
        {
            new SubmissionTemplateWriter(workspace.Catalog).Write(workspace.Agencies[agency], August, Language.Vietnamese, stream, values);
        }

        using (var workbook = new XLWorkbook(path))
        {
            var sheet = workbook.Worksheet(SubmissionLayout.DataSheet);
            Assert.Equal("Số liệu ước tính:", sheet.Cell("A4").GetString());
            Assert.Equal("Không", sheet.Cell(SubmissionLayout.EstimateCell).GetString());
            Assert.Equal("Estimate", sheet.Cell(SubmissionLayout.HeaderRow, SubmissionLayout.EstimateColumn).GetString());
            if (estimateCell is not null)
            {
                sheet.Cell(SubmissionLayout.EstimateCell).SetValue(estimateCell);
            }

            foreach (var row in sheet.RowsUsed().Where(r => r.RowNumber() >= SubmissionLayout.FirstDataRow))
            {
                if (rowMarks is not null && rowMarks.TryGetValue(row.Cell(SubmissionLayout.CodeColumn).GetString(), out var mark))
                {
                    row.Cell(SubmissionLayout.EstimateColumn).SetValue(mark);
                }
            }

            if (withoutEstimateFields)
            {
                // A form made before estimates existed: no label in row 4, no sixth column.
                sheet.Range("A4:C4").Clear();
                sheet.Column(SubmissionLayout.EstimateColumn).Clear();
            }

            workbook.Save();
        }

        return path;
    }

    private string Fingerprint()
    {
        using var connection = database!.OpenConnection();
        var text = new StringBuilder();
        foreach (var sql in new[]
        {
            "SELECT id, agency_code, period, version, sha256, is_current, is_estimate FROM submissions ORDER BY id",
            "SELECT submission_id, indicator_code, value_micros, cell, is_estimate FROM submission_values ORDER BY id",
            "SELECT * FROM period_rollups ORDER BY 1, 2, 3",
        })
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                text.AppendJoin('|', Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture))).Append('\n');
            }
        }

        return text.ToString();
    }
}
