using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Reporting.Excel.Reports;

/// <summary>
/// Copies a saved workbook package into the output zip, streaming the bulk sheets' rows into their shells on the way.
/// Nothing large is held: an entry is compressed as it is written (an OpenXml package opened for editing keeps every
/// part uncompressed in memory, hundreds of megabytes for a province's data sheet). The style sheet and the
/// shared-string table, which the rows add to, are written last.
/// </summary>
internal static class BulkPackage
{
    /// <param name="bulkByEntry">The bulk sheets by the zip entry of their shell (e.g. <c>xl/worksheets/sheet8.xml</c>).</param>
    public static void Write(Stream saved, Stream output, IReadOnlyDictionary<string, BulkSheet> bulkByEntry, string stylesEntry, string sharedStringsEntry)
    {
        using var source = new ZipArchive(saved, ZipArchiveMode.Read, leaveOpen: true);
        using var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        var stylesheet = Load<Stylesheet>(Entry(source, stylesEntry));
        BulkSharedStrings strings;
        using (var table = Entry(source, sharedStringsEntry).Open())
        {
            strings = new BulkSharedStrings(table);
        }

        var styles = new BulkStyles(stylesheet);
        foreach (var entry in source.Entries)
        {
            if (entry.FullName == stylesEntry || entry.FullName == sharedStringsEntry)
            {
                continue;
            }

            using var from = entry.Open();
            var to = target.CreateEntry(entry.FullName, CompressionLevel.Optimal).Open();
            if (bulkByEntry.TryGetValue(entry.FullName, out var bulk))
            {
                // The rows are made on this thread and compressed on another.
                using var handOff = new HandOffStream(to);
                BulkSheetWriter.Fill(from, handOff, bulk, styles, strings);
            }
            else
            {
                using (to)
                {
                    from.CopyTo(to);
                }
            }
        }

        using (var to = target.CreateEntry(sharedStringsEntry, CompressionLevel.Optimal).Open())
        {
            strings.Write(to);
        }

        using (var to = target.CreateEntry(stylesEntry, CompressionLevel.Optimal).Open())
        using (var writer = new StreamWriter(to, new System.Text.UTF8Encoding(false)))
        {
            writer.Write("""<?xml version="1.0" encoding="utf-8" standalone="yes"?>""");
            writer.Write(stylesheet.OuterXml);
        }
    }

    private static ZipArchiveEntry Entry(ZipArchive archive, string name) =>
        archive.GetEntry(name) ?? throw new InvalidOperationException($"The saved workbook has no part {name}");

    private static T Load<T>(ZipArchiveEntry entry)
        where T : OpenXmlElement
    {
        using var stream = entry.Open();
        using var reader = new TypedOpenXmlPartReader(stream, new OpenXmlPartReaderOptions());
        while (reader.Read() && reader.ElementType != typeof(T))
        {
        }

        return reader.LoadCurrentElement() as T ?? throw new InvalidOperationException($"The saved part {entry.FullName} holds no {typeof(T).Name}");
    }
}
