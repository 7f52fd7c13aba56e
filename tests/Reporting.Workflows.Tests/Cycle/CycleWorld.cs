using System.Globalization;
using System.Text;
using Reporting.Core.Audit;
using Reporting.Core.Catalog;
using Reporting.Core.Periods;
using Reporting.Excel.Templates;
using Reporting.Testing;
using Reporting.Workflows.Import;

namespace Reporting.Workflows.Tests.Cycle;

/// <summary>
/// A fresh database of one provider, at a fixed time, with what the reporting-cycle tests do to it: real workbooks
/// imported as a named actor, the audit log read back as another program would, and a fingerprint of every table.
/// </summary>
public sealed class CycleWorld : IAsyncDisposable
{
    /// <summary>Noon in the province (UTC+7) on 5 December 2026: every period these tests use has begun.</summary>
    public static readonly DateTimeOffset Now = new(2026, 12, 5, 5, 0, 0, TimeSpan.Zero);

    public static readonly Actor Analyst = new("analyst1", "10.0.0.7");

    public static readonly Actor Submitter = new("vnpt.user", "203.0.113.9");

    private CycleWorld(TestDatabase database, ReportingWorkspace workspace)
    {
        Database = database;
        Workspace = workspace;
    }

    public TestDatabase Database { get; }

    public ReportingWorkspace Workspace { get; }

    public static async Task<CycleWorld> CreateAsync(StorageProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var workspace = await ReportingWorkspace.OpenAsync(new DatabaseOpening(database.Location, DatabaseAccess.Upgrade) { Templates = RepoFiles.Templates, Time = new FixedTime(Now) });
        return new CycleWorld(database, workspace);
    }

    /// <summary>The agency's form for the period filled with the synthetic province's values (TEL.REVENUE as given).</summary>
    public string Workbook(string agency, PeriodId period, decimal? revenue = null, string? name = null)
    {
        var values = new SyntheticProvince(Workspace.Catalog, Workspace.Agencies).ValuesFor(Workspace.Agencies[agency], period).ToDictionary(StringComparer.Ordinal);
        if (revenue is not null)
        {
            values["TEL.REVENUE"] = revenue;
        }

        var path = Path.Combine(Directory.CreateDirectory(Path.Combine(Database.Folder, Guid.NewGuid().ToString("N"))).FullName, name ?? $"{agency}_{period}.xlsx");
        using var stream = File.Create(path);
        new SubmissionTemplateWriter(Workspace.Catalog).Write(Workspace.Agencies[agency], period, Language.Vietnamese, stream, values);
        return path;
    }

    public Task<FileImportResult> ImportAsync(string path, Actor? actor = null, bool estimate = false) =>
        new SubmissionImporter(Workspace).ImportFileAsync(path, new ImportOptions(Actor: actor ?? Submitter, Estimate: estimate));

    /// <summary>Imports the agency's workbook for the period and returns the stored version's id.</summary>
    public async Task<long> StoreAsync(string agency, PeriodId period, decimal? revenue = null)
    {
        var result = await ImportAsync(Workbook(agency, period, revenue));
        Assert.Equal(ImportOutcome.Stored, result.Outcome);
        return result.SubmissionId!.Value;
    }

    /// <summary>The audit log as another program reads it: action, actor, origin, period, agency, submission, before, after.</summary>
    public List<(string Action, string Actor, string Origin, string? Period, string? Agency, long? Submission, string? Before, string? After)> Audit() =>
        Database.Rows(
            "SELECT action, actor, origin, period, agency_code, submission_id, before, after FROM audit_entries ORDER BY id",
            r => (r.GetString(0), r.GetString(1), r.GetString(2), Text(r, 3), Text(r, 4), r.IsDBNull(5) ? (long?)null : Convert.ToInt64(r.GetValue(5), CultureInfo.InvariantCulture), Text(r, 6), Text(r, 7)));

    /// <summary>Every table the cycle touches, as one string: equal before and after means nothing changed.</summary>
    public string Fingerprint()
    {
        using var connection = Database.OpenConnection();
        var text = new StringBuilder();
        foreach (var sql in new[]
        {
            "SELECT id, agency_code, period, version, sha256, is_current, state FROM submissions ORDER BY id",
            "SELECT submission_id, indicator_code, value_micros, cell FROM submission_values ORDER BY id",
            "SELECT * FROM period_rollups ORDER BY 1, 2, 3",
            "SELECT id, submission_id, decision, reason, reviewer FROM submission_reviews ORDER BY id",
            "SELECT id, review_id, cell, indicator_code, text FROM review_comments ORDER BY id",
            "SELECT id, period, issued_by, language FROM issued_reports ORDER BY id",
            "SELECT id, period, issued_report_id, locked_by, reopened_by, reopen_reason FROM period_locks ORDER BY id",
            "SELECT id, action, actor, period, agency_code, submission_id, before, after FROM audit_entries ORDER BY id",
            "SELECT name, version FROM data_versions ORDER BY name",
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

    /// <summary>The sum of the data_versions counters: what the figure caches compare.</summary>
    public long DataVersion() => Database.Scalar("SELECT SUM(version) FROM data_versions");

    public async ValueTask DisposeAsync()
    {
        await Workspace.DisposeAsync();
        await Database.DisposeAsync();
    }

    private static string? Text(System.Data.Common.DbDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
}
