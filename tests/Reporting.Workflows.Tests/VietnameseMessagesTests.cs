using System.Text.Json;
using Reporting.Core.Catalog;
using Reporting.Testing;
using Reporting.Workflows.Import;

namespace Reporting.Workflows.Tests;

/// <summary>Agency staff read why a file was rejected in Vietnamese: every rejection of the committed bad samples has its Vietnamese text.</summary>
public sealed class VietnameseMessagesTests : IAsyncLifetime
{
    private TestDatabase? database;
    private ReportingWorkspace? opened;

    // Rows of file names only: [ProviderTheory] puts the provider before each.
    public static IEnumerable<object[]> BadSamples()
    {
        using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoFiles.Samples, "bad", "expected.json")));
        return expected.RootElement.GetProperty("files").EnumerateArray().Select(file => new object[] { file.GetProperty("file").GetString()! }).ToList();
    }

    [ProviderTheory]
    [MemberData(nameof(BadSamples))]
    public async Task EveryIssueOfARejectedSample_IsWrittenInVietnameseToo(StorageProvider provider, string file)
    {
        var workspace = await OpenAsync(provider);
        var result = await new SubmissionImporter(workspace).ImportFileAsync(Path.Combine(RepoFiles.Samples, "bad", file), new ImportOptions(DryRun: true));

        Assert.NotEmpty(result.Errors);
        Assert.All(result.Issues, issue =>
        {
            Assert.NotNull(issue.MessageVi);
            Assert.NotEqual(issue.Message, issue.MessageVi);
            Assert.Equal(issue.MessageVi, issue.MessageIn(Language.Vietnamese));
            Assert.Equal(issue.Message, issue.MessageIn(Language.English));
        });
    }

    [ProviderTheory]
    public async Task NumbersInVietnameseMessages_UseVietnameseMarks(StorageProvider provider)
    {
        var workspace = await OpenAsync(provider);
        var result = await new SubmissionImporter(workspace).ImportFileAsync(Path.Combine(RepoFiles.Samples, "bad", "components-not-summing.xlsx"), new ImportOptions(DryRun: true));

        var issue = Assert.Single(result.Errors);
        Assert.Contains("không bằng tổng", issue.MessageVi, StringComparison.Ordinal);
        Assert.Matches(@"\d\.\d{3}", issue.MessageVi!);
        Assert.DoesNotMatch(@"\d,\d{3}", issue.MessageVi!);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    private async Task<ReportingWorkspace> OpenAsync(StorageProvider provider)
    {
        database = await TestDatabase.CreateAsync(provider);
        return opened = await ReportingWorkspace.OpenAsync(new DatabaseOpening(database.Location, DatabaseAccess.Upgrade) { Templates = RepoFiles.Templates });
    }

    public async Task DisposeAsync()
    {
        if (opened is not null)
        {
            await opened.DisposeAsync();
        }

        if (database is not null)
        {
            await database.DisposeAsync();
        }
    }
}
