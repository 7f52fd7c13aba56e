using Reporting.Testing;

namespace Reporting.Cli.Tests.Trust;

/// <summary>
/// Catalog documents that do not read, in the templates folder or as stored in a database (changed behind the product's
/// back), are refused with a message naming the document, the field and the line, and what mends it: never a parser's
/// exception and stack trace.
/// </summary>
public sealed class DamagedCatalogTests
{
    [ProviderTheory]
    public async Task StoredAgencyListCutShort_IsRefusedSayingWhereAndHow_ThenInitMendsIt(StorageProvider provider)
    {
        using var temp = new TempFolder(provider);
        Assert.Equal(0, (await CliRun.InProcessAsync("init", "--db", temp.Db)).ExitCode);
        using (var connection = TestConnections.Open(temp.Db))
        {
            using var cut = connection.CreateCommand();
            cut.CommandText = "UPDATE catalog_documents SET json = substr(json, 1, 200) WHERE name = 'agencies'";
            Assert.Equal(1, cut.ExecuteNonQuery());
        }

        foreach (var args in new[] { new[] { "agencies" }, ["summary", "--period", "2026-H1"], ["missing", "--period", "2026-H1"] })
        {
            var run = await CliRun.InProcessAsync([.. args, "--db", temp.Db]);

            Assert.Equal(3, run.ExitCode);
            Assert.Contains("cannot be read: agencies.json: ", run.Stderr, StringComparison.Ordinal);
            Assert.Matches(@"\(line \d+\) cannot be read", run.Stderr);
            Assert.Contains($"The catalog stored in {Workflows.DatabaseFacts.NameOf(temp.Db)} cannot be read", run.Stderr, StringComparison.Ordinal);
            Assert.Contains("Load the templates again with `reporting init --db ", run.Stderr, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", run.All, StringComparison.Ordinal);
        }

        Assert.Equal(0, (await CliRun.InProcessAsync("init", "--db", temp.Db)).ExitCode);
        var mended = await CliRun.InProcessAsync("agencies", "--format", "json", "--db", temp.Db);
        Assert.Equal(0, mended.ExitCode);
        Assert.Equal(RepoFiles.Directory.Agencies.Count, System.Text.Json.JsonDocument.Parse(mended.Stdout).RootElement.GetArrayLength());
    }

    [Fact]
    public async Task TemplatesWithAnAgencyListCutShort_AreRefusedNamingTheFolderAndTheDocument_AndAnExistingDatabaseKeepsItsCatalog()
    {
        using var temp = new TempFolder();
        Assert.Equal(0, (await CliRun.InProcessAsync("init", "--db", temp.Db)).ExitCode);
        var before = StoredAgencies(temp.Db);
        var templates = Directory.CreateDirectory(temp.File("templates")).FullName;
        foreach (var file in Directory.GetFiles(RepoFiles.Templates))
        {
            File.Copy(file, Path.Combine(templates, Path.GetFileName(file)));
        }

        var agencies = Path.Combine(templates, "agencies.json");
        File.WriteAllText(agencies, File.ReadAllText(agencies)[..300]);

        var run = await CliRun.InProcessAsync("init", "--db", temp.Db, "--templates", templates);

        Assert.Equal(3, run.ExitCode);
        Assert.Contains($"Templates in {templates}: agencies.json: ", run.Stderr, StringComparison.Ordinal);
        Assert.Matches(@"\(line \d+\) cannot be read", run.Stderr);
        Assert.DoesNotContain("   at ", run.All, StringComparison.Ordinal);
        Assert.Equal(before, StoredAgencies(temp.Db));
    }

    private static string StoredAgencies(string db)
    {
        using var connection = TestConnections.OpenReadOnly(db);
        using var read = connection.CreateCommand();
        read.CommandText = "SELECT json FROM catalog_documents WHERE name = 'agencies'";
        return (string)read.ExecuteScalar()!;
    }
}
