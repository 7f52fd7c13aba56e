using System.Diagnostics;
using System.Globalization;
using Reporting.Core.Agencies;
using Reporting.Core.Catalog;
using Reporting.Excel.Templates;
using Reporting.Testing;
using Reporting.Workflows;

namespace Reporting.Benchmarks;

/// <summary>
/// Prepares the work folder (not timed): the synthetic templates, the filled workbooks and the big database.
/// A folder already prepared for the same sizes is reused, so a rerun starts measuring at once.
/// </summary>
internal static class WorkFolder
{
    /// <summary>Bump when what is generated changes, so old work folders are rebuilt.</summary>
    private const string Version = "4";

    public static async Task PrepareAsync(BenchmarkOptions options)
    {
        var marker = Path.Combine(options.WorkDirectory, "prepared.txt");
        var expected = string.Create(CultureInfo.InvariantCulture, $"version={Version} agencies={options.Agencies} files={options.Files}");
        var clock = Stopwatch.StartNew();
        var reuse = File.Exists(marker) && File.ReadAllText(marker) == expected;
        if (reuse)
        {
            Console.WriteLine($"Reusing the prepared templates and workbooks in {options.WorkDirectory} ({expected}); delete the folder to regenerate.");
        }
        else
        {
            Directory.CreateDirectory(options.WorkDirectory);
            File.Delete(marker);
            SyntheticBenchmarkProvince.WriteTemplates(options.Templates, options.Agencies);
        }

        var catalog = RepoFiles.Catalog;
        var directory = SyntheticBenchmarkProvince.Load(options.Templates, catalog);
        if (!reuse)
        {
            Console.WriteLine($"Province: {directory.Agencies.Count:N0} agencies ({Count("department")} departments, {Count("enterprise")} enterprises, {Count("commune")} communes), "
                + $"{catalog.Indicators.Count(i => !i.IsDerived)} indicators each.");
            WriteWorkbooks(options, catalog, directory);
            Console.WriteLine($"Wrote {options.Files:N0} filled workbooks to {options.FilesDirectory} in {clock.Elapsed.TotalSeconds:F0} s.");
        }

        // Each provider's two big databases; one left from an unfinished preparation is made again (its "ready" mark is missing).
        foreach (var provider in options.Providers)
        {
            foreach (var (name, firstMonth) in new[] { ("province", SyntheticBenchmarkProvince.FirstMonth), ("province-10y", SyntheticBenchmarkProvince.TenYearsFirstMonth) })
            {
                var database = options.Database(provider, name);
                var ready = Path.Combine(options.WorkDirectory, $"{name}.{provider.ToString().ToLowerInvariant()}.ready");
                if (reuse && File.Exists(ready) && database.Exists())
                {
                    // Made by an earlier build: its schema brought up to this one's, as `reporting init` does.
                    await using (await ReportingWorkspace.OpenAsync(new DatabaseOpening(database.Location, DatabaseAccess.Upgrade)))
                    {
                        Console.WriteLine($"Reusing {database}.");
                    }

                    continue;
                }

                File.Delete(ready);
                clock.Restart();
                var (submissions, values, rollupSeconds) = await ProvinceDatabase.CreateAsync(database, options.Templates, catalog, directory, firstMonth);
                Console.WriteLine($"Filled {database}: {submissions:N0} submissions, {values:N0} values "
                    + $"({firstMonth}..{SyntheticBenchmarkProvince.LastMonth}), {database.Megabytes():N0} MB, in {clock.Elapsed.TotalSeconds:F0} s "
                    + $"(of which {rollupSeconds:F0} s rebuilding the stored roll-ups).");
                File.WriteAllText(ready, expected);
            }
        }

        File.WriteAllText(marker, expected);

        string Count(string group) => directory.Agencies.Count(a => a.Group == group).ToString("N0", CultureInfo.InvariantCulture);
    }

    private static void WriteWorkbooks(BenchmarkOptions options, IndicatorCatalog catalog, AgencyDirectory directory)
    {
        if (Directory.Exists(options.FilesDirectory))
        {
            Directory.Delete(options.FilesDirectory, recursive: true);
        }

        Directory.CreateDirectory(options.FilesDirectory);
        var province = new SyntheticProvince(catalog, directory);
        var writer = new SubmissionTemplateWriter(catalog);
        Parallel.ForEach(SyntheticBenchmarkProvince.WorkbookPairs(directory, options.Files), pair =>
        {
            using var stream = File.Create(Path.Combine(options.FilesDirectory, $"{pair.Agency.Code}_{pair.Period}.xlsx"));
            writer.Write(pair.Agency, pair.Period, Language.Vietnamese, stream, province.ValuesFor(pair.Agency, pair.Period));
        });
    }
}
