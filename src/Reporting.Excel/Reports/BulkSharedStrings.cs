using System.Globalization;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Reporting.Excel.Reports;

/// <summary>
/// The saved workbook's shared-string table, extended with the streamed rows' texts: an agency's name or a file name
/// repeated on thousands of rows is stored once, which makes the sheet's XML (and the time to write and compress it)
/// several times smaller than inline strings would.
/// </summary>
internal sealed class BulkSharedStrings
{
    private readonly List<string> savedItems = [];
    private readonly List<string> added = [];
    private readonly Dictionary<string, int> indexOf = new(StringComparer.Ordinal);

    /// <summary>Reads the table ClosedXML saved; its plain-text items are reused by identical texts.</summary>
    public BulkSharedStrings(Stream savedTable)
    {
        using var reader = new TypedOpenXmlPartReader(savedTable, new OpenXmlPartReaderOptions());
        while (reader.Read())
        {
            if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement)
            {
                var item = (SharedStringItem)reader.LoadCurrentElement()!;
                if (item.ChildElements.Count == 1 && item.Text is { } text)
                {
                    indexOf.TryAdd(text.Text, savedItems.Count);
                }

                savedItems.Add(item.OuterXml);
            }
        }
    }

    /// <summary>The index of <paramref name="text"/> in the table, added when new.</summary>
    public int IndexOf(string text)
    {
        if (!indexOf.TryGetValue(text, out var index))
        {
            index = indexOf[text] = savedItems.Count + added.Count;
            added.Add(text);
        }

        return index;
    }

    /// <summary>Writes the whole table: the saved items as they were, then the added texts.</summary>
    public void Write(Stream output)
    {
        const string ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        using var writer = XmlWriter.Create(output, new XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false) });
        writer.WriteStartDocument(standalone: true);
        writer.WriteStartElement("sst", ns);
        writer.WriteAttributeString("uniqueCount", (savedItems.Count + added.Count).ToString(CultureInfo.InvariantCulture));
        foreach (var item in savedItems)
        {
            writer.WriteRaw(item);
        }

        foreach (var text in added)
        {
            writer.WriteStartElement("si", ns);
            writer.WriteStartElement("t", ns);
            if (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])))
            {
                // Without it a reader may trim the spaces a user typed.
                writer.WriteAttributeString("xml", "space", null, "preserve");
            }

            writer.WriteString(XmlText.Safe(text));
            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }
}
