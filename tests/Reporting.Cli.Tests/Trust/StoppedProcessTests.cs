using System.Text.RegularExpressions;
using Xunit.Abstractions;
using Microsoft.Data.Sqlite;
using Reporting.Testing;

namespace Reporting.Cli.Tests.Trust;

/// <summary>
/// The real `reporting` program stopped the ways it is stopped in real life: Ctrl+C part-way through an import, and kill -9
/// (or a power cut) at random moments while it opens the database, imports or writes reports. Afterwards the database
/// opens, passes SQLite's integrity check (on PostgreSQL: every table reads), holds every stored submission whole, and
/// answers the next command. On each provider.
/// </summary>
public sealed partial class StoppedProcessTests(ITestOutputHelper output) : IDisposable
{
    private static readonly TimeSpan NoHang = TimeSpan.FromSeconds(90);

    private TempFolder temp = null!;

    [ProviderTheory]
    public async Task CtrlC_DuringAnImport_RollsBackTheFilesBeingStored_AndNamesTheFilesStored(StorageProvider provider)
    {
        temp = new TempFolder(provider);
        // Enough files that the import is still storing when the test sees its first two and interrupts it: 150 were
        // all stored first on PostgreSQL once a file's store took three round trips.
        var files = await StoredState.WriteWorkbooksAsync(temp.File("in"), 450);
        Assert.Equal(0, (await CliRun.ProgramAsync(temp.Path, "init", "--db", temp.Db, "--templates", Testing.RepoFiles.Templates)).ExitCode);

        // The stores are held back while the interrupt is sent (on a connection opened before the import starts), so it
        // lands while files are being stored however fast the import runs, and on PostgreSQL inside their transactions.
        using var hold = StoreHold.Open(temp.Db);
        using var import = ProgramProcess.Start("import", temp.File("in"), "--db", temp.Db);
        await UntilAsync(() => import.HasExited || hold.Count("submissions") >= 2);
        hold.Take();
        import.Interrupt();
        await Task.Delay(300);
        hold.Release();

        var run = await import.WaitAsync(NoHang);

        Assert.True(run.ExitCode == 130, run.All);
        Assert.Contains("Interrupted", run.Stderr, StringComparison.Ordinal);
        var stored = StoredState.StoredFiles(temp.Db);
        var named = int.Parse(StoredCount().Match(run.Stderr).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(stored.Count, named);
        Assert.InRange(stored.Count, 2, files.Count - 1);
        foreach (var file in stored)
        {
            Assert.Contains(file, run.Stderr, StringComparison.Ordinal);
        }

        Assert.Equal("ok", StoredState.IntegrityCheck(temp.Db));
        await StoredState.AssertWholeAsync(temp.Db);
    }

    [ProviderTheory]
    public async Task KilledAtRandomMoments_DuringOpenImportAndReport_TheDatabaseStaysWholeAndAnswers(StorageProvider provider)
    {
        temp = new TempFolder(provider);
        var folder = temp.File("in");
        await StoredState.WriteWorkbooksAsync(folder, 40);
        var random = new Random(20261205);
        var phases = new[] { "open", "import", "report" };
        for (var round = 0; round < 9; round++)
        {
            var phase = phases[round % phases.Length];
            var db = temp.NewDb($"round{round}.db");
            if (phase == "open" && provider == StorageProvider.Sqlite)
            {
                // An upgrade in progress is when a stopped process used to leave EF's migration lock behind.
                await StoredState.CreateOldSchemaAsync(db);
                SqliteConnection.ClearAllPools();
            }

            // On PostgreSQL, whose databases start at this release's schema, `init` is stopped while it creates the schema.
            else
            {
                string[] prepare = phase == "report" ? ["import", folder] : ["init"];
                var prepared = await CliRun.ProgramAsync(temp.Path, [.. prepare, "--db", db, "--templates", Testing.RepoFiles.Templates]);
                Assert.True(prepared.ExitCode == 0, prepared.All);
            }

            string[] args = phase switch
            {
                "open" => ["init", "--db", db, "--templates", Testing.RepoFiles.Templates],
                "import" => ["import", folder, "--db", db],
                _ => ["report", "--period", "2026-H1", "--out", temp.File($"reports{round}"), "--db", db],
            };
            using (var process = ProgramProcess.Start(args))
            {
                var delay = random.Next(150, phase == "import" ? 4000 : 1500);
                await Task.Delay(delay);
                var running = !process.HasExited;
                process.KillHard();
                await process.WaitAsync(NoHang);
                output.WriteLine($"round {round}: {phase} killed after {delay} ms ({(running ? "running" : "already done")}), {StoredState.Count(db, "submissions")} submissions stored");
            }

            var context = $"round {round}, killed during {phase}";
            if (phase == "report")
            {
                // A report is there whole or not at all: never half a workbook a leader would open.
                var workbook = Path.Combine(temp.File($"reports{round}"), "2026-H1.xlsx");
                if (File.Exists(workbook))
                {
                    using var opened = new ClosedXML.Excel.XLWorkbook(workbook);
                    Assert.True(opened.Worksheets.Count > 1, context);
                }
            }

            Assert.True(StoredState.IntegrityCheck(db) == "ok", context);

            // The next command answers: a read at once (or, after a stopped upgrade, the message naming init), then init.
            var next = await WithinAsync(CliRun.ProgramAsync(temp.Path, "summary", "--period", "2026-H1", "--db", db));
            Assert.True(next.ExitCode == 0 || (next.ExitCode == 3 && next.Stderr.Contains("reporting init", StringComparison.Ordinal)), $"{context}: {next.All}");
            var init = await WithinAsync(CliRun.ProgramAsync(temp.Path, "init", "--db", db, "--templates", Testing.RepoFiles.Templates));
            Assert.True(init.ExitCode == 0, $"{context}: {init.All}");
            await StoredState.AssertWholeAsync(db);
            var after = await WithinAsync(CliRun.ProgramAsync(temp.Path, "summary", "--period", "2026-H1", "--db", db));
            Assert.True(after.ExitCode == 0, $"{context}: {after.All}");
        }
    }

    private static async Task<CliRun> WithinAsync(Task<CliRun> run) => await run.WaitAsync(NoHang);

    private static async Task UntilAsync(Func<bool> condition)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!condition())
        {
            if (waited.Elapsed > NoHang)
            {
                throw new TimeoutException("the import never stored its first files");
            }

            await Task.Delay(20);
        }
    }

    [GeneratedRegex(@"\bStored \((\d+)\)")]
    private static partial Regex StoredCount();

    public void Dispose() => temp?.Dispose();
}
