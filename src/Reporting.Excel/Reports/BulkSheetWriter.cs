using System.Globalization;
using System.Text;
using System.Xml;
using ClosedXML.Excel;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Reporting.Excel.Reports;

/// <summary>
/// Streams the rows of a <see cref="BulkSheet"/> into the sheet ClosedXML saved (its "shell": titles, headers,
/// settings), with a plain XmlWriter straight into the output package: thousands of rows in milliseconds, none of them
/// held in memory. Texts go to the shared-string table.
/// </summary>
internal static class BulkSheetWriter
{
    public static void Fill(Stream savedShell, Stream output, BulkSheet bulk, BulkStyles styles, BulkSharedStrings strings)
    {
        // The shell is small: read it whole, then write it back with the rows added to its sheetData.
        Worksheet shell;
        using (var reader = new TypedOpenXmlPartReader(savedShell, new OpenXmlPartReaderOptions()))
        {
            while (reader.Read() && reader.ElementType != typeof(Worksheet))
            {
            }

            shell = (Worksheet)reader.LoadCurrentElement()!;
        }

        var columns = Enumerable.Range(1, bulk.LastColumn).Select(c => XLHelper.GetColumnLetterFromNumber(c)).ToArray();
        var rows = new RowWriter(bulk, styles, strings, columns);
        using var writer = XmlWriter.Create(output, new XmlWriterSettings { Encoding = new UTF8Encoding(false) });
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

                // The streamed rows are written unprefixed, in the same namespace made the default: fewer bytes.
                writer.WriteAttributeString("xmlns", shell.NamespaceUri);
                foreach (var row in data.Elements<Row>().Where(r => r.RowIndex is null || r.RowIndex.Value < bulk.FirstRow))
                {
                    writer.WriteRaw(row.OuterXml);
                }

                // The rows go to the stream itself, after what the XmlWriter holds (sheetData's start tag is closed).
                writer.WriteRaw(string.Empty);
                writer.Flush();
                rows.Write(output);
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

    /// <summary>
    /// Writes the data rows as bytes, a row at a time: everything in a row is ASCII needing no escaping (cell
    /// references, style and shared-string indexes, numbers), so no XmlWriter is needed.
    /// </summary>
    private sealed class RowWriter(BulkSheet bulk, BulkStyles styles, BulkSharedStrings strings, string[] columns)
    {
        private byte[] row = new byte[1024];
        private int length;

        public void Write(Stream output)
        {
            var number = bulk.FirstRow;
            foreach (var cells in bulk.Rows())
            {
                length = 0;
                Append("<row r=\""u8).Append(number).Append("\">"u8);
                for (var c = 0; c < cells.Length && c < columns.Length; c++)
                {
                    var cell = cells[c];
                    if (cell.IsEmpty)
                    {
                        continue;
                    }

                    Append("<c r=\""u8).Append(columns[c]).Append(number).Append("\" s=\""u8).Append(styles.For(cell));
                    if (cell.Number is { } value)
                    {
                        Append("\"><v>"u8).Append(value);
                    }
                    else
                    {
                        Append("\" t=\"s\"><v>"u8).Append(strings.IndexOf(cell.Text!));
                    }

                    Append("</v></c>"u8);
                }

                Append("</row>"u8);
                output.Write(row, 0, length);
                number++;
            }
        }

        private RowWriter Append(ReadOnlySpan<byte> ascii)
        {
            Room(ascii.Length);
            ascii.CopyTo(row.AsSpan(length));
            length += ascii.Length;
            return this;
        }

        /// <summary>Column letters and style indexes: ASCII.</summary>
        private RowWriter Append(string ascii)
        {
            Room(ascii.Length);
            length += Encoding.ASCII.GetBytes(ascii, row.AsSpan(length));
            return this;
        }

        private RowWriter Append(int value)
        {
            Room(11);
            value.TryFormat(row.AsSpan(length), out var written, default, CultureInfo.InvariantCulture);
            length += written;
            return this;
        }

        private RowWriter Append(decimal value)
        {
            // A decimal has at most 29 digits, a sign and a point, and never an exponent.
            Room(32);
            value.TryFormat(row.AsSpan(length), out var written, default, CultureInfo.InvariantCulture);
            length += written;
            return this;
        }

        private void Room(int more)
        {
            if (length + more > row.Length)
            {
                Array.Resize(ref row, Math.Max(row.Length * 2, length + more));
            }
        }
    }
}
