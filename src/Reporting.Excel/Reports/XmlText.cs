using System.Text;

namespace Reporting.Excel.Reports;

/// <summary>Text an XML part can carry.</summary>
internal static class XmlText
{
    /// <summary>Drops characters XML cannot carry (control characters pasted into names), which would break the file.</summary>
    public static string Safe(string text)
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
