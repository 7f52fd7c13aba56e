using System.Text.Json;
using Reporting.Core.Catalog;
using Reporting.Testing;
using Reporting.Workflows.Import;

namespace Reporting.Workflows.Tests;

/// <summary>Agency staff read why a file was rejected in Vietnamese: every rejection of the committed bad samples has its Vietnamese text.</summary>
public sealed class VietnameseMessagesTests : IAsyncLifetime
{
    private readonly string path = Path.Combine(Path.GetTempPath(), "reporting-workflows-tests", Guid.NewGuid().ToString("N") + ".db");
    private ReportingWorkspace workspace = null!;

    public static TheoryData<string> BadSamples()
    {
        using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoFiles.Samples, "bad", "expected.json")));
        var data = new TheoryData<string>();
        foreach (var file in expected.RootElement.GetProperty("files").EnumerateArray())
        {
            data.Add(file.GetProperty("file").GetString()!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BadSamples))]
    public async Task EveryIssueOfARejectedSample_IsWrittenInVietnameseToo(string file)
    {
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

    [Fact]
    public async Task NumbersInVietnameseMessages_UseVietnameseMarks()
    {
        var result = await new SubmissionImporter(workspace).ImportFileAsync(Path.Combine(RepoFiles.Samples, "bad", "components-not-summing.xlsx"), new ImportOptions(DryRun: true));

        var issue = Assert.Single(result.Errors);
        Assert.Contains("không bằng tổng", issue.MessageVi, StringComparison.Ordinal);
        Assert.Matches(@"\d\.\d{3}", issue.MessageVi!);
        Assert.DoesNotMatch(@"\d,\d{3}", issue.MessageVi!);
    }

    public async Task InitializeAsync() => workspace = await ReportingWorkspace.OpenAsync(new DatabaseOpening(path, DatabaseAccess.Upgrade) { Templates = RepoFiles.Templates });

    public async Task DisposeAsync()
    {
        await workspace.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(path);
    }
}
