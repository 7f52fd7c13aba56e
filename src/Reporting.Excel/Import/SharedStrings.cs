using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace Reporting.Excel.Import;

/// <summary>Reads a workbook's shared string table, skipping phonetic guides (the text a reader sees).</summary>
internal static class SharedStrings
{
    public static IReadOnlyList<string> Read(SharedStringTablePart? part)
    {
        if (part is null)
        {
            return [];
        }

        var strings = new List<string>();
        using var stream = new LimitedReadStream(part.GetStream(FileMode.Open, FileAccess.Read), SubmissionFileLimits.MaxPartBytes, part.Uri.OriginalString);
        using var reader = PartXml.Open(stream);
        var text = new StringBuilder();
        var inPhonetic = false;
        while (reader.Read())
        {
            var start = reader.NodeType == XmlNodeType.Element;
            if (!start && reader.NodeType != XmlNodeType.EndElement)
            {
                continue;
            }

            switch (reader.LocalName)
            {
                case "si" when start:
                    text.Clear();
                    if (reader.IsEmptyElement)
                    {
                        strings.Add(string.Empty);
                    }

                    break;
                case "si":
                    strings.Add(text.ToString());
                    break;
                case "rPh":
                    inPhonetic = start && !reader.IsEmptyElement;
                    break;
                case "t" when start && !inPhonetic:
                    text.Append(PartXml.Text(reader));
                    break;
            }
        }

        return strings;
    }
}
