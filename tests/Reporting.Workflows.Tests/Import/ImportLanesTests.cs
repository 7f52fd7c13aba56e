using Npgsql;
using Reporting.Core.Catalog;
using Reporting.Core.Periods;
using Reporting.Excel.Templates;
using Reporting.Testing;
using Reporting.Workflows.Import;

namespace Reporting.Workflows.Tests.Import;

/// <summary>
/// On PostgreSQL an import stores on lanes of their own connections (<see cref="SubmissionImporter.ImportFilesAsync"/>):
/// a role the administrator allows fewer connections must still import everything.
/// </summary>
public sealed class ImportLanesTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 5, 5, 0, 0, TimeSpan.Zero);

    /// <summary>Opening for writing: one connection to check that the database exists, then the workspace's.</summary>
    private const int OpeningConnections = 2;

    [PostgresFact]
    public async Task ImportFiles_ForARoleAllowedNoConnectionForALane_StoresEveryFileOnItsOwn()
    {
        var role = "lanes_" + Guid.NewGuid().ToString("N")[..12];
        var database = await TestDatabase.CreateAsync(StorageProvider.PostgreSql);
        var name = new NpgsqlConnectionStringBuilder(database.ConnectionString).Database!;
        await AdminAsync($"CREATE ROLE {role} LOGIN PASSWORD 'lanes-pw'", $"ALTER DATABASE \"{name}\" OWNER TO {role}");
        try
        {
            var server = new NpgsqlConnectionStringBuilder(database.ConnectionString);
            var asRole = $"postgresql://{role}:lanes-pw@{server.Host}:{server.Port}/{name}";
            await (await ReportingWorkspace.OpenAsync(new DatabaseOpening(asRole, DatabaseAccess.Upgrade) { Templates = RepoFiles.Templates })).DisposeAsync();
            NpgsqlConnection.ClearAllPools();

            // As many connections as opening the database takes, and not one more: no lane of its own for a second file.
            await AdminAsync($"ALTER ROLE {role} CONNECTION LIMIT {OpeningConnections}");
            var files = new List<string>();
            await using (var workspace = await ReportingWorkspace.OpenAsync(
                new DatabaseOpening(asRole, DatabaseAccess.Write) { Time = new FixedTime(Now) }))
            {
                foreach (var agency in new[] { "VNPT", "VIETTEL", "MOBIFONE", "FPT" })
                {
                    files.Add(Workbook(workspace, database.Folder, agency, PeriodId.Parse("2026-03")));
                }

                var results = new List<FileImportResult>();
                await foreach (var result in new SubmissionImporter(workspace).ImportFilesAsync(files, new ImportOptions()))
                {
                    results.Add(result);
                }

                Assert.All(results, r => Assert.True(r.Outcome == ImportOutcome.Stored, $"{r.File}: {r.Outcome} {r.Failure}"));
            }

            Assert.Equal(files.Count, database.Scalar("SELECT COUNT(*) FROM submissions WHERE is_current"));
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await database.DisposeAsync();
            await AdminAsync($"DROP ROLE {role}");
        }
    }

    private static async Task AdminAsync(params string[] statements)
    {
        await using var admin = await TestPostgres.OpenAdminAsync();
        foreach (var sql in statements)
        {
            await using var command = new NpgsqlCommand(sql, admin);
            await command.ExecuteNonQueryAsync();
        }
    }

    /// <summary>The agency's form for the period filled with the synthetic province's values.</summary>
    private static string Workbook(ReportingWorkspace workspace, string folder, string agency, PeriodId period)
    {
        var values = new SyntheticProvince(workspace.Catalog, workspace.Agencies).ValuesFor(workspace.Agencies[agency], period);
        var path = Path.Combine(folder, $"{agency}_{period}.xlsx");
        using var stream = File.Create(path);
        new SubmissionTemplateWriter(workspace.Catalog).Write(workspace.Agencies[agency], period, Language.Vietnamese, stream, values);
        return path;
    }
}
