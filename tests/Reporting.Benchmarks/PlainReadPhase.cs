using System.Diagnostics;
using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ExcelDataReader;
using Reporting.Workflows.Import;

namespace Reporting.Benchmarks;

/// <summary>
/// The baselines of goal 1: reading every cell of every worksheet of the same files with a plain reader, nothing checked
/// or stored. What any import must at least spend.
/// </summary>
internal static class PlainReadPhase
{
    public static PhaseResult RunExcelDataReader(BenchmarkOptions options)
    {
        // ExcelDataReader wants the legacy code pages registered on .NET (for .xls; harmless for .xlsx).
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Run(options, ReadWithExcelDataReader);
    }

    public static PhaseResult RunSax(BenchmarkOptions options) => Run(options, ReadWithSax);

    private static PhaseResult Run(BenchmarkOptions options, Func<string, long> read)
    {
        var files = SubmissionImporter.ExpandPaths([options.FilesDirectory]);
        foreach (var file in files.Take(ImportPhase.WarmUpFiles))
        {
            read(file);
        }

        var cells = 0L;
        var clock = Stopwatch.StartNew();
        foreach (var file in files)
        {
            cells += read(file);
        }

        clock.Stop();
        return new PhaseResult(clock.Elapsed.TotalSeconds, new Dictionary<string, double>(), $"{files.Count:N0} files, {cells:N0} non-empty cells read");
    }

    private static long ReadWithExcelDataReader(string path)
    {
        var cells = 0L;
        using var stream = File.OpenRead(path);
        using var reader = ExcelReaderFactory.CreateReader(stream);
        do
        {
            while (reader.Read())
            {
                for (var column = 0; column < reader.FieldCount; column++)
                {
                    cells += reader.GetValue(column) is null ? 0 : 1;
                }
            }
        }
        while (reader.NextResult());

        return cells;
    }

    /// <summary>SpreadsheetDocument plus OpenXmlReader (SAX) over the shared strings and each worksheet: each cell's value as text.</summary>
    private static long ReadWithSax(string path)
    {
        var cells = 0L;
        using var document = SpreadsheetDocument.Open(path, isEditable: false);
        var workbook = document.WorkbookPart!;
        var shared = new List<string>();
        if (workbook.SharedStringTablePart is { } sharedPart)
        {
            using var reader = OpenXmlReader.Create(sharedPart);
            while (reader.Read())
            {
                if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement)
                {
                    // LoadCurrentElement would build a DOM: gather the item's text runs instead.
                    shared.Add(ItemText(reader));
                }
            }
        }

        foreach (var worksheet in workbook.WorksheetParts)
        {
            using var reader = OpenXmlReader.Create(worksheet);
            var sharedCell = false;
            while (reader.Read())
            {
                if (!reader.IsStartElement)
                {
                    continue;
                }

                if (reader.ElementType == typeof(Cell))
                {
                    sharedCell = reader.Attributes.Any(a => a.LocalName == "t" && a.Value == "s");
                }
                else if (reader.ElementType == typeof(CellValue))
                {
                    var text = reader.GetText();
                    var value = sharedCell ? shared[int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture)] : text;
                    cells += value.Length > 0 ? 1 : 0;
                }
            }
        }

        return cells;
    }

    private static string ItemText(OpenXmlReader reader)
    {
        var text = new StringBuilder();
        while (reader.Read() && !(reader.IsEndElement && reader.ElementType == typeof(SharedStringItem)))
        {
            if (reader.IsStartElement && reader.ElementType == typeof(Text))
            {
                text.Append(reader.GetText());
            }
        }

        return text.ToString();
    }
}
