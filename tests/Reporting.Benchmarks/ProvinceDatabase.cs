using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Reporting.Core.Agencies;
using Reporting.Core.Catalog;
using Reporting.Core.Periods;
using Reporting.Excel.Templates;
using Reporting.Testing;
using Reporting.Workflows;

namespace Reporting.Benchmarks;

/// <summary>
/// Fills the big database straight with bulk writes (through workbooks it would take hours; BulkRows: SQLite prepared inserts, PostgreSQL binary COPY): the product's schema, then one current
/// version 1 submission per agency and period from a first month to <see cref="SyntheticBenchmarkProvince.LastMonth"/>,
/// values as whole millionths as the product stores them; then the product rebuilds its stored roll-ups from them.
/// </summary>
internal static class ProvinceDatabase
{
    /// <summary>Creates the database; returns the numbers of submissions and values written, and the seconds the roll-up rebuild took.</summary>
    public static async Task<(int Submissions, long Values, double RollupSeconds)> CreateAsync(
        BenchmarkDatabase database, string templates, IndicatorCatalog catalog, AgencyDirectory directory, YearMonth firstMonth)
    {
        var (submissions, values) = await FillAsync(database, templates, catalog, directory, firstMonth);
        var clock = Stopwatch.StartNew();
        await using (var workspace = await ReportingWorkspace.OpenAsync(new DatabaseOpening(database.Location, DatabaseAccess.Upgrade) { Templates = templates }))
        {
            await workspace.Submissions.Rollups.RebuildAsync();
        }

        return (submissions, values, clock.Elapsed.TotalSeconds);
    }

    private static async Task<(int Submissions, long Values)> FillAsync(BenchmarkDatabase database, string templates, IndicatorCatalog catalog, AgencyDirectory directory, YearMonth firstMonth)
    {
        database.Delete();

        // The workspace creates the schema (migrations) and stores the synthetic catalog and agency list.
        await using (await ReportingWorkspace.OpenAsync(new DatabaseOpening(database.Location, DatabaseAccess.Upgrade) { Templates = templates }))
        {
        }

        await using var rows = await BulkRows.OpenAsync(database);
        var templateWriter = new SubmissionTemplateWriter(catalog);
        var cells = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        var (submissions, values) = (0, 0L);
        foreach (var generated in new SyntheticProvince(catalog, directory).Submissions(firstMonth, SyntheticBenchmarkProvince.LastMonth))
        {
            submissions++;
            var name = $"{generated.Agency.Code}_{generated.Period}.xlsx";
            var received = new DateTimeOffset(generated.Period.LastMonth.LastDay.AddDays(5).ToDateTime(new TimeOnly(8, 30)), TimeSpan.FromHours(7));
            await rows.AddSubmissionAsync(new BulkRows.Submission(submissions, generated.Agency.Code, generated.Period.ToString(), generated.Period.FirstMonth.Index,
                generated.Period.LastMonth.Index, name, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name))), received,
                generated.Values.Count(v => v.Value is not null)));

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
                    await rows.AddValueAsync(submissions, indicator, (long)(number * 1_000_000m), cellOf[indicator]);
                    values++;
                }
            }
        }

        await rows.CompleteAsync();
        return (submissions, values);
    }
}
