using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using Reporting.Core.Agencies;
using Reporting.Core.Catalog;
using Reporting.Core.Periods;
using Reporting.Excel.Templates;
using Reporting.Testing;
using Reporting.Workflows;

namespace Reporting.Benchmarks;

/// <summary>
/// Fills the big database straight with SQL (through workbooks it would take hours): the product's schema, then one current
/// version 1 submission per agency and period from a first month to <see cref="SyntheticBenchmarkProvince.LastMonth"/>,
/// values as whole millionths as the product stores them; then the product rebuilds its stored roll-ups from them.
/// </summary>
internal static class ProvinceDatabase
{
    /// <summary>Creates the database; returns the numbers of submissions and values written, and the seconds the roll-up rebuild took.</summary>
    public static async Task<(int Submissions, long Values, double RollupSeconds)> CreateAsync(
        string path, string templates, IndicatorCatalog catalog, AgencyDirectory directory, YearMonth firstMonth)
    {
        var (submissions, values) = await FillAsync(path, templates, catalog, directory, firstMonth);
        var clock = Stopwatch.StartNew();
        await using (var workspace = await ReportingWorkspace.OpenAsync(new DatabaseOpening(path, DatabaseAccess.Upgrade) { Templates = templates }))
        {
            await workspace.Submissions.Rollups.RebuildAsync();
        }

        return (submissions, values, clock.Elapsed.TotalSeconds);
    }

    private static async Task<(int Submissions, long Values)> FillAsync(string path, string templates, IndicatorCatalog catalog, AgencyDirectory directory, YearMonth firstMonth)
    {
        DeleteDatabase(path);

        // The workspace creates the schema (migrations) and stores the synthetic catalog and agency list.
        await using (await ReportingWorkspace.OpenAsync(new DatabaseOpening(path, DatabaseAccess.Upgrade) { Templates = templates }))
        {
        }

        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA synchronous=OFF;";
            await pragma.ExecuteNonQueryAsync();
        }

        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        using var submission = Command(connection, transaction,
            "INSERT INTO submissions (id, agency_code, period, first_month, last_month, version, source_file, sha256, received_at, is_current, value_count) "
            + "VALUES ($id, $agency, $period, $first, $last, 1, $file, $sha, $received, 1, $count)",
            "$id", "$agency", "$period", "$first", "$last", "$file", "$sha", "$received", "$count");
        using var value = Command(connection, transaction,
            "INSERT INTO submission_values (submission_id, indicator_code, value_micros, cell) VALUES ($submission, $indicator, $micros, $cell)",
            "$submission", "$indicator", "$micros", "$cell");

        var templateWriter = new SubmissionTemplateWriter(catalog);
        var cells = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        var (submissions, values) = (0, 0L);
        foreach (var generated in new SyntheticProvince(catalog, directory).Submissions(firstMonth, SyntheticBenchmarkProvince.LastMonth))
        {
            submissions++;
            var name = $"{generated.Agency.Code}_{generated.Period}.xlsx";
            var received = new DateTimeOffset(generated.Period.LastMonth.LastDay.AddDays(5).ToDateTime(new TimeOnly(8, 30)), TimeSpan.FromHours(7));
            Set(submission, submissions, generated.Agency.Code, generated.Period.ToString(), generated.Period.FirstMonth.Index, generated.Period.LastMonth.Index,
                name, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name))),
                received.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture), generated.Values.Count(v => v.Value is not null));
            await submission.ExecuteNonQueryAsync();

            // The cells a workbook would have held the values in, as the importer records them.
            if (!cells.TryGetValue(generated.Agency.Code, out var cellOf))
            {
                cellOf = cells[generated.Agency.Code] = templateWriter.IndicatorsOf(generated.Agency)
                    .Select((indicator, row) => (indicator.Code, Cell: "D" + (SubmissionLayout.FirstDataRow + row).ToString(CultureInfo.InvariantCulture)))
                    .ToDictionary(x => x.Code, x => x.Cell, StringComparer.Ordinal);
            }

            foreach (var (indicator, reported) in generated.Values)
            {
                if (reported is { } number)
                {
                    Set(value, submissions, indicator, (long)(number * 1_000_000m), cellOf[indicator]);
                    await value.ExecuteNonQueryAsync();
                    values++;
                }
            }
        }

        await transaction.CommitAsync();
        return (submissions, values);
    }

    public static void DeleteDatabase(string path)
    {
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        command.Prepare();
        return command;
    }

    private static void Set(SqliteCommand command, params object[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i];
        }
    }
}
