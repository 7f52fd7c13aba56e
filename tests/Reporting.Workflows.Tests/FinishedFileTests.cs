using Reporting.Workflows.Reports;

namespace Reporting.Workflows.Tests;

/// <summary>A report stopped part-way leaves the previous report whole, never half a file, and no litter.</summary>
public sealed class FinishedFileTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("reporting-finished-").FullName;

    [Fact]
    public void Write_FailingPartWay_KeepsThePreviousFile_AndLeavesNoPartialFile()
    {
        var path = Path.Combine(folder, "2026-H1.xlsx");
        File.WriteAllText(path, "the report issued yesterday");

        var failure = Assert.Throws<IOException>(() => FinishedFile.Write(path, stream =>
        {
            stream.Write(new byte[4096]);
            throw new IOException("No space left on device");
        }));

        Assert.Equal("No space left on device", failure.Message);
        Assert.Equal("the report issued yesterday", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(folder));
    }

    [Fact]
    public void Write_CancelledWhileWriting_KeepsThePreviousFile()
    {
        var path = Path.Combine(folder, "2026-H1.pdf");
        File.WriteAllText(path, "previous");
        using var cancel = new CancellationTokenSource();

        Assert.ThrowsAny<OperationCanceledException>(() => FinishedFile.Write(path, stream =>
        {
            stream.Write("half a new report"u8);
            cancel.Cancel();
        }, cancel.Token));

        Assert.Equal("previous", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(folder));
    }

    [Fact]
    public void Write_Finished_ReplacesTheFile()
    {
        var path = Path.Combine(folder, "2026-H1.docx");
        File.WriteAllText(path, "previous");

        FinishedFile.Write(path, stream => stream.Write("new"u8));

        Assert.Equal("new", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(folder));
    }

    [Fact]
    public void WriteFolder_FailingPartWay_KeepsThePreviousCharts_AndFinishedReplacesThemWhole()
    {
        var charts = Path.Combine(folder, "charts");
        Directory.CreateDirectory(charts);
        File.WriteAllText(Path.Combine(charts, "old.png"), "old");

        Assert.Throws<IOException>(() => FinishedFile.WriteFolder(charts, partial =>
        {
            Directory.CreateDirectory(partial);
            File.WriteAllText(Path.Combine(partial, "new.png"), "new");
            throw new IOException("No space left on device");
        }));
        Assert.Equal([Path.Combine(charts, "old.png")], Directory.GetFiles(charts));
        Assert.Equal([charts], Directory.GetDirectories(folder));

        FinishedFile.WriteFolder(charts, partial =>
        {
            Directory.CreateDirectory(partial);
            File.WriteAllText(Path.Combine(partial, "new.png"), "new");
        });
        Assert.Equal([Path.Combine(charts, "new.png")], Directory.GetFiles(charts));
        Assert.Equal([charts], Directory.GetDirectories(folder));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
