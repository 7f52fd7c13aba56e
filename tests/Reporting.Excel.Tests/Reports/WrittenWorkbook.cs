using System.Collections.Concurrent;
using Reporting.Core.Catalog;
using Reporting.Core.Reports;
using Reporting.Excel.Reports;
using Reporting.Testing;

namespace Reporting.Excel.Tests.Reports;

/// <summary>The report workbook of the fixture model, written once per language and period and kept as bytes.</summary>
internal static class WrittenWorkbook
{
    private static readonly ConcurrentDictionary<(Language, string), Lazy<byte[]>> Cache = new();

    public static byte[] Bytes(Language language = Language.Vietnamese, string period = "2026-H1") =>
        Cache.GetOrAdd((language, period), key => new Lazy<byte[]>(() => Write(ReportModelFixture.Build(key.Item1, key.Item2), $"{key.Item2}-{key.Item1}"))).Value;

    /// <summary>Writes <paramref name="model"/>; <paramref name="name"/> names the copy kept for looking at (see below).</summary>
    public static byte[] Write(ReportModel model, string? name = null)
    {
        using var stream = new MemoryStream();
        new ReportWorkbookWriter().Write(model, stream);
        var bytes = stream.ToArray();
        if (Environment.GetEnvironmentVariable("REPORT_WORKBOOK_DIR") is { Length: > 0 } dir)
        {
            // For looking at the output by hand: REPORT_WORKBOOK_DIR=/tmp/out dotnet test ...
            Directory.CreateDirectory(dir);
            File.WriteAllBytes(Path.Combine(dir, (name ?? $"{model.Summary.Period}-{model.Language}-{Guid.NewGuid():N}") + ".xlsx"), bytes);
        }

        return bytes;
    }
}
