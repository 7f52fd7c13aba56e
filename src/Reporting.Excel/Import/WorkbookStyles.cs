using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace Reporting.Excel.Import;

/// <summary>What each cell style's number format means for reading: a percentage (0.965 shows 96.5%) or a date.</summary>
internal sealed class WorkbookStyles
{
    private readonly List<int> formatOfStyle = [];
    private readonly Dictionary<int, string> customFormats = [];

    public static WorkbookStyles Empty { get; } = new();

    public bool IsPercent(int style) => FormatId(style) is { } id && (id is 9 or 10 || (customFormats.TryGetValue(id, out var code) && IsPercentCode(code)));

    public bool IsDate(int style) => FormatId(style) is { } id && (id is >= 14 and <= 22 or >= 45 and <= 47 || (customFormats.TryGetValue(id, out var code) && IsDateCode(code)));

    public static WorkbookStyles Read(WorkbookStylesPart? part)
    {
        var styles = new WorkbookStyles();
        if (part is null)
        {
            return styles;
        }

        using var stream = new LimitedReadStream(part.GetStream(FileMode.Open, FileAccess.Read), SubmissionFileLimits.MaxPartBytes, part.Uri.OriginalString);
        using var reader = PartXml.Open(stream);
        var inCellFormats = false;
        while (reader.Read())
        {
            var start = reader.NodeType == XmlNodeType.Element;
            if (!start && reader.NodeType != XmlNodeType.EndElement)
            {
                continue;
            }

            switch (reader.LocalName)
            {
                case "cellXfs":
                    inCellFormats = start && !reader.IsEmptyElement;
                    break;
                case "xf" when inCellFormats && start:
                    styles.formatOfStyle.Add(reader.GetAttribute("numFmtId") is { } id && int.TryParse(id, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 0);
                    break;
                case "numFmt" when start:
                    if (int.TryParse(reader.GetAttribute("numFmtId"), System.Globalization.CultureInfo.InvariantCulture, out var customId))
                    {
                        styles.customFormats[customId] = reader.GetAttribute("formatCode") ?? string.Empty;
                    }

                    break;
            }
        }

        return styles;
    }

    private int? FormatId(int style) => style >= 0 && style < formatOfStyle.Count ? formatOfStyle[style] : null;

    private static bool IsPercentCode(string code) => Unquoted(code).Contains('%', StringComparison.Ordinal);

    private static bool IsDateCode(string code)
    {
        var bare = Unquoted(code);
        return !bare.Equals("General", StringComparison.OrdinalIgnoreCase)
            && bare.Any(c => c is 'd' or 'D' or 'm' or 'M' or 'y' or 'Y' or 'h' or 'H' or 's' or 'S');
    }

    /// <summary>The format code without quoted text, escaped characters and [colour]/[locale] sections.</summary>
    private static string Unquoted(string code)
    {
        var bare = new System.Text.StringBuilder(code.Length);
        for (var i = 0; i < code.Length; i++)
        {
            switch (code[i])
            {
                case '"':
                    i = code.IndexOf('"', i + 1) is var end && end >= 0 ? end : code.Length;
                    break;
                case '[':
                    i = code.IndexOf(']', i + 1) is var close && close >= 0 ? close : code.Length;
                    break;
                case '\\' or '_' or '*':
                    i++;
                    break;
                default:
                    bare.Append(code[i]);
                    break;
            }
        }

        return bare.ToString();
    }
}
