namespace Reporting.Workflows.Reports;

/// <summary>
/// Writes a file so that a reader only ever sees it whole: the bytes go to a partial file beside it, reach the disk, and
/// replace the target in one rename. A report stopped part-way (Ctrl+C, a full disk, kill -9) leaves the previous report
/// in place, never half a workbook a leader would open.
/// </summary>
public static class FinishedFile
{
    public static void Write(string path, Action<Stream> write, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var partial = PartialName(path);
        try
        {
            using (var stream = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            cancellationToken.ThrowIfCancellationRequested();
            File.Move(partial, path, overwrite: true);
        }
        catch
        {
            File.Delete(partial);
            throw;
        }
    }

    /// <summary>Replaces <paramref name="directory"/> by a folder filled whole by <paramref name="fill"/>.</summary>
    public static void WriteFolder(string directory, Action<string> fill, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var partial = PartialName(directory);
        var previous = directory + ".previous";
        DeleteFolder(partial);
        try
        {
            fill(partial);
            cancellationToken.ThrowIfCancellationRequested();
            DeleteFolder(previous);
            if (Directory.Exists(directory))
            {
                Directory.Move(directory, previous);
            }

            Directory.Move(partial, directory);
            DeleteFolder(previous);
        }
        catch
        {
            DeleteFolder(partial);
            throw;
        }
    }

    // Hidden, and one fixed name per target: a partial left by a killed run is overwritten by the next, not piled up.
    private static string PartialName(string path) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, "." + Path.GetFileName(path) + ".partial");

    private static void DeleteFolder(string path)
    {
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
    }
}
