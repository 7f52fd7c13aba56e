using System.Text;
using System.Xml;

namespace Reporting.Excel.Import;

/// <summary>
/// Reads a workbook part with a plain XmlReader: the OpenXml SDK's part reader builds an attribute list and an element
/// object for every node, and its garbage was most of a small file's read. Elements are matched by local name, so
/// strict-namespace workbooks read the same; no DTD is processed.
/// </summary>
internal static class PartXml
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = false,
    };

    public static XmlReader Open(Stream part) => XmlReader.Create(part, Settings);

    /// <summary>
    /// The text of the element the reader is on (a cell's value, a string's text), leaving the reader on its end tag;
    /// empty for an empty element.
    /// </summary>
    public static string Text(XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            return string.Empty;
        }

        var depth = reader.Depth;
        string? first = null;
        StringBuilder? more = null;
        while (reader.Read() && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
            {
                if (first is null)
                {
                    first = reader.Value;
                }
                else
                {
                    (more ??= new StringBuilder(first)).Append(reader.Value);
                }
            }
        }

        return more?.ToString() ?? first ?? string.Empty;
    }
}
