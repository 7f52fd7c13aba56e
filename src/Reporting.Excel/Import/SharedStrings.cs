using System.Text;
using DocumentFormat.OpenXml;
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
        using var reader = new TypedOpenXmlPartReader(stream, new OpenXmlPartReaderOptions());
        var text = new StringBuilder();
        var inPhonetic = false;
        while (reader.Read())
        {
            switch (reader.LocalName)
            {
                case "si" when reader.IsStartElement:
                    text.Clear();
                    break;
                case "si":
                    strings.Add(text.ToString());
                    break;
                case "rPh":
                    inPhonetic = reader.IsStartElement;
                    break;
                case "t" when reader.IsStartElement && !inPhonetic:
                    text.Append(reader.GetText());
                    break;
            }
        }

        return strings;
    }
}
