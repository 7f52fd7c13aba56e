using System.Globalization;

namespace Reporting.Core.Numbers;

/// <summary>
/// Characters a cell can hold that nobody sees: zero-width spaces and joiners, word joiners, byte-order marks and soft
/// hyphens (Unicode's format characters). They come with codes and figures copied from web pages, e-mails and chat
/// messages, and they are never part of a code or a number: read as written, "DN00002" with one inside was refused as
/// another agency than "DN00002", by a message showing the two the same.
/// </summary>
public static class InvisibleCharacters
{
    /// <summary><paramref name="text"/> without its invisible characters (the same string when it has none).</summary>
    public static string Remove(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var c in text)
        {
            if (IsInvisible(c))
            {
                return string.Concat(text.Where(c => !IsInvisible(c)));
            }
        }

        return text;
    }

    private static bool IsInvisible(char c) => c > '\u007F' && char.GetUnicodeCategory(c) == UnicodeCategory.Format;
}
