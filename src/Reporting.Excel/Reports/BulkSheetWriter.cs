using System.Globalization;
using System.Text;
using System.Xml;
using ClosedXML.Excel;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Reporting.Excel.Reports;

/// <summary>
/// Streams the rows of a <see cref="BulkSheet"/> into the sheet ClosedXML saved (with its titles and headers), using
/// OpenXmlWriter: thousands of rows in milliseconds instead of seconds. Text is written as inline strings.
/// </summary>
internal static class BulkSheetWriter
{
    public static void Fill(WorkbookPart workbookPart, BulkSheet bulk, BulkStyles styles)
    {
        var part = Part(workbookPart, bulk.Name);

        // The shell is small: read it whole, then write it back with the rows added to its sheetData.
        Worksheet shell;
        using (var reader = OpenXmlReader.Create(part))
        {
            while (reader.Read() && reader.ElementType != typeof(Worksheet))
            {
            }

            shell = (Worksheet)reader.LoadCurrentElement()!;
        }

        var columns = Enumerable.Range(1, bulk.LastColumn).Select(c => XLHelper.GetColumnLetterFromNumber(c)).ToArray();
        var rows = new RowWriter(shell.Prefix, shell.NamespaceUri, bulk, styles, columns);
        using var stream = part.GetStream(FileMode.Create, FileAccess.Write);
        using var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false) });
        writer.WriteStartDocument(standalone: true);
        writer.WriteStartElement(shell.Prefix, shell.LocalName, shell.NamespaceUri);
        foreach (var (prefix, uri) in shell.NamespaceDeclarations)
        {
            writer.WriteAttributeString("xmlns", prefix, null, uri);
        }

        foreach (var attribute in shell.GetAttributes())
        {
            writer.WriteAttributeString(attribute.Prefix, attribute.LocalName, attribute.NamespaceUri, attribute.Value);
        }

        var lastRow = bulk.FirstRow - 1 + bulk.RowCount;
        foreach (var child in shell.ChildElements)
        {
            if (child is SheetData data)
            {
                writer.WriteStartElement(shell.Prefix, "sheetData", shell.NamespaceUri);
                foreach (var row in data.Elements<Row>().Where(r => r.RowIndex is null || r.RowIndex.Value < bulk.FirstRow))
                {
                    writer.WriteRaw(row.OuterXml);
                }

                rows.Write(writer);
                writer.WriteEndElement();
            }
            else if (child is SheetDimension)
            {
                writer.WriteRaw(new SheetDimension { Reference = $"A1:{columns[^1]}{Math.Max(lastRow, bulk.FirstRow - 1).ToString(CultureInfo.InvariantCulture)}" }.OuterXml);
            }
            else
            {
                writer.WriteRaw(child.OuterXml);
            }
        }

        writer.WriteEndElement();
    }

    private static WorksheetPart Part(WorkbookPart workbookPart, string name)
    {
        var sheet = workbookPart.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault(s => s.Name == name)
            ?? throw new InvalidOperationException($"The saved workbook has no sheet '{name}'");
        return (WorksheetPart)workbookPart.GetPartById(sheet.Id!.Value!);
    }

    /// <summary>Writes the data rows with a plain XmlWriter: several times faster than OpenXmlWriter for many small cells.</summary>
    private sealed class RowWriter(string prefix, string ns, BulkSheet bulk, BulkStyles styles, string[] columns)
    {
        public void Write(XmlWriter writer)
        {
            // Few allocations per cell: references and numbers are written in pieces and through a buffer.
            var buffer = new char[64];
            var number = bulk.FirstRow;
            foreach (var cells in bulk.Rows())
            {
                var rowText = number.ToString(CultureInfo.InvariantCulture);
                writer.WriteStartElement(prefix, "row", ns);
                writer.WriteAttributeString("r", rowText);
                for (var c = 0; c < cells.Length && c < columns.Length; c++)
                {
                    var cell = cells[c];
                    if (cell.IsEmpty)
                    {
                        continue;
                    }

                    writer.WriteStartElement(prefix, "c", ns);
                    writer.WriteStartAttribute("r");
                    writer.WriteString(columns[c]);
                    writer.WriteString(rowText);
                    writer.WriteEndAttribute();
                    writer.WriteAttributeString("s", styles.For(cell));
                    if (cell.Number is { } value)
                    {
                        writer.WriteStartElement(prefix, "v", ns);
                        if (value.TryFormat(buffer, out var length, default, CultureInfo.InvariantCulture))
                        {
                            writer.WriteChars(buffer, 0, length);
                        }
                        else
                        {
                            writer.WriteString(value.ToString(CultureInfo.InvariantCulture));
                        }

                        writer.WriteEndElement();
                    }
                    else
                    {
                        writer.WriteAttributeString("t", "inlineStr");
                        writer.WriteStartElement(prefix, "is", ns);
                        writer.WriteStartElement(prefix, "t", ns);
                        writer.WriteAttributeString("xml", "space", null, "preserve");
                        writer.WriteString(XmlSafe(cell.Text!));
                        writer.WriteEndElement();
                        writer.WriteEndElement();
                    }

                    writer.WriteEndElement();
                }

                writer.WriteEndElement();
                number++;
            }
        }
    }

    /// <summary>Drops characters XML cannot carry (control characters pasted into names), which would break the file.</summary>
    private static string XmlSafe(string text)
    {
        foreach (var c in text)
        {
            if ((c < ' ' && c is not '\t' and not '\n' and not '\r') || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF')
            {
                return Clean(text);
            }
        }

        return text;
    }

    private static string Clean(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (!char.IsSurrogate(c) && (c >= ' ' || c is '\t' or '\n' or '\r') && c is not '\uFFFE' and not '\uFFFF')
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
