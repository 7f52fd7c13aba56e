using System.Text.RegularExpressions;

namespace Reporting.Cli.Tests.Trust;

/// <summary>
/// The database on file systems a province really meets: an archived copy mounted read-only, and a disk that fills up
/// part-way through an import. Each test mounts its own file system (see <see cref="Mounts"/>).
/// </summary>
public sealed partial class FileSystemTests : IDisposable
{
    private readonly TempFolder temp = new();
    private readonly List<string> mounted = [];

    [Fact]
    public async Task DbNamingAFolder_IsRefusedAsAFolderByReadsAndInit_AndTheFolderIsLeftAlone()
    {
        var folder = Directory.CreateDirectory(temp.File("province.db")).FullName;
        File.WriteAllText(Path.Combine(folder, "notes.txt"), "kept");

        foreach (var args in new[] { new[] { "summary", "--period", "2026-H1" }, ["init"], ["import", temp.Path] })
        {
            var run = await CliRun.InProcessAsync([.. args, "--db", folder]);

            Assert.Equal(3, run.ExitCode);
            Assert.Contains($"{folder} is a folder, not a database file", run.Stderr, StringComparison.Ordinal);
            Assert.DoesNotContain("create it with", run.All, StringComparison.Ordinal);
        }

        Assert.Equal(["notes.txt"], Directory.GetFileSystemEntries(folder).Select(Path.GetFileName));
    }

    [RootFact]
    public async Task ReadOnlyMountedDatabase_AnswersEveryReadCommand_AndIsNotWritten()
    {
        var source = temp.File("archive");
        Directory.CreateDirectory(source);
        var db = Path.Combine(source, "province.db");
        var files = await StoredState.WriteWorkbooksAsync(temp.File("in"), 13);
        Directory.CreateDirectory(temp.File("later"));
        var later = Path.Combine(temp.File("later"), Path.GetFileName(files[^1]));
        File.Move(files[^1], later);
        files = files.SkipLast(1).ToList();
        var import = await CliRun.ProgramAsync(temp.Path, "import", temp.File("in"), "--db", db, "--templates", Testing.RepoFiles.Templates);
        Assert.True(import.ExitCode == 0, import.All);
        var readOnly = MountReadOnlyCopyOf(source);
        var archived = Path.Combine(readOnly, "province.db");
        var hash = StoredState.FilesHash(archived);

        // Each read command answers from the archived copy as it does from the original.
        string[][] reads =
        [
            ["summary", "--period", "2026-H1"],
            ["summary", "--period", "2026-H1", "--format", "json"],
            ["trace", "--period", "2026-H1", "--indicator", "EDOC.SENT"],
            ["missing", "--period", "2026-H1"],
            ["submissions"],
            ["agencies"],
        ];
        foreach (var read in reads)
        {
            var fromArchive = await CliRun.ProgramAsync(temp.Path, [.. read, "--db", archived]);
            var fromOriginal = await CliRun.ProgramAsync(temp.Path, [.. read, "--db", db]);
            Assert.True(fromArchive.ExitCode == 0, $"{string.Join(' ', read)}: {fromArchive.All}");
            Assert.Equal(fromOriginal.Stdout, fromArchive.Stdout);
        }

        var report = await CliRun.ProgramAsync(temp.Path, "report", "--period", "2026-H1", "--out", temp.File("reports"), "--db", archived);
        Assert.True(report.ExitCode == 0, report.All);
        Assert.True(File.Exists(Path.Combine(temp.File("reports"), "2026-H1.xlsx")), report.All);
        Assert.Equal(files.Count, StoredState.CountOnReadOnlyMount(archived, "submissions"));

        // A write is refused with the reason, not "attempt to write a readonly database" from deep inside.
        var write = await CliRun.ProgramAsync(temp.Path, "import", later, "--db", archived);
        Assert.Equal(3, write.ExitCode);
        Assert.Contains("read-only", write.Stderr, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(hash, StoredState.FilesHash(archived));
    }

    [RootFact]
    public async Task DiskFullDuringAnImport_NamesTheFilesStoredAndNotStored_AndKeepsTheDatabaseWhole()
    {
        var files = await StoredState.WriteWorkbooksAsync(temp.File("in"), 120);
        var prepared = temp.File("prepared.db");
        var init = await CliRun.ProgramAsync(temp.Path, "init", "--db", prepared, "--templates", Testing.RepoFiles.Templates);
        Assert.True(init.ExitCode == 0, init.All);

        // Room for the empty database and a few submissions, not for 120.
        var disk = Mount("tmpfs", "-o", $"size={new FileInfo(prepared).Length + (160 * 1024)}");
        var db = Path.Combine(disk, "province.db");
        File.Copy(prepared, db);

        var import = await CliRun.ProgramAsync(temp.Path, "import", temp.File("in"), "--db", db);

        Assert.True(import.ExitCode == 3, import.All);
        Assert.Contains("disk", import.Stderr, StringComparison.OrdinalIgnoreCase);
        var stored = StoredState.StoredFiles(db);
        Assert.InRange(stored.Count, 1, files.Count - 1);
        Assert.Equal(stored.Count, int.Parse(StoredCount().Match(import.Stderr).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        var notStored = files.Select(Path.GetFileName).Where(f => !stored.Contains(f!)).ToList();
        Assert.Equal(notStored.Count, int.Parse(NotStoredCount().Match(import.Stderr).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.All(notStored, f => Assert.Contains(f!, import.Stderr, StringComparison.Ordinal));
        Assert.All(stored, f => Assert.Contains(f, import.Stderr, StringComparison.Ordinal));
        Assert.Equal("ok", StoredState.IntegrityCheck(db));
        await StoredState.AssertWholeAsync(db);
        var summary = await CliRun.ProgramAsync(temp.Path, "summary", "--period", "2026-H1", "--db", db);
        Assert.True(summary.ExitCode == 0, summary.All);
    }

    /// <summary>
    /// A copy of <paramref name="source"/>'s files mounted read-only: a file of its own, so that reading the original
    /// (which may keep figures in it, see KeptProvinceSummary) cannot change what the copy holds.
    /// </summary>
    private string MountReadOnlyCopyOf(string source)
    {
        var copy = temp.File("archive-copy");
        Directory.CreateDirectory(copy);
        foreach (var file in Directory.GetFiles(source))
        {
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        }

        var target = temp.File("mounted-ro");
        Directory.CreateDirectory(target);
        Mounts.Run("--bind", copy, target);
        mounted.Add(target);
        Mounts.Run("-o", "remount,ro,bind", target);
        return target;
    }

    private string Mount(string type, params string[] options)
    {
        var target = temp.File($"mounted-{mounted.Count}");
        Directory.CreateDirectory(target);
        Mounts.Run(["-t", type, .. options, type, target]);
        mounted.Add(target);
        return target;
    }

    [GeneratedRegex(@"\bStored \((\d+)\)")]
    private static partial Regex StoredCount();

    [GeneratedRegex(@"Not stored \((\d+)\)")]
    private static partial Regex NotStoredCount();

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var folder in Enumerable.Reverse(mounted))
        {
            Mounts.Unmount(folder);
        }

        temp.Dispose();
    }
}
