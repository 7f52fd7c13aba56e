using System.Diagnostics;

namespace Reporting.Word.Tests;

/// <summary>
/// LibreOffice Writer, headless, as a second program that must open the document: converts it to PDF. Each run has a
/// profile of its own (-env:UserInstallation) so parallel tests do not wait on one another's lock, and a time limit.
/// </summary>
internal static class LibreOffice
{
    /// <summary>soffice or libreoffice on PATH; null when neither is installed.</summary>
    public static string? Program { get; } = Find("soffice") ?? Find("libreoffice");

    public static async Task<byte[]> ToPdfAsync(byte[] docx, TimeSpan timeout)
    {
        var work = Path.Combine(Path.GetTempPath(), "reporting-word-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(work);
        try
        {
            var input = Path.Combine(work, "report.docx");
            await File.WriteAllBytesAsync(input, docx);
            var info = new ProcessStartInfo(Program ?? throw new InvalidOperationException("LibreOffice is not installed"))
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var arg in new[] { "--headless", "--norestore", "--nologo", "--nolockcheck", "-env:UserInstallation=" + new Uri(Path.Combine(work, "profile")).AbsoluteUri, "--convert-to", "pdf", "--outdir", work, input })
            {
                info.ArgumentList.Add(arg);
            }

            using var process = Process.Start(info)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            using var limit = new CancellationTokenSource(timeout);
            try
            {
                await process.WaitForExitAsync(limit.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"LibreOffice did not convert the document within {timeout.TotalSeconds} s");
            }

            var pdf = Path.Combine(work, "report.pdf");
            Assert.True(File.Exists(pdf), $"LibreOffice wrote no PDF (exit {process.ExitCode}): {await output} {await errors}");
            return await File.ReadAllBytesAsync(pdf);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static string? Find(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, name))
            .FirstOrDefault(File.Exists);
}
