namespace Reporting.Data.FastPaths;

/// <summary>One string instance per distinct text read: millions of values do not carry millions of copies of a code.</summary>
internal sealed class SharedText
{
    private readonly Dictionary<string, string> texts = new(StringComparer.Ordinal);

    public string Of(string text) => texts.TryGetValue(text, out var existing) ? existing : texts[text] = text;

    /// <summary>The string for UTF-8 <paramref name="utf8"/>, looked up without allocating one when it was seen before.</summary>
    public string Of(ReadOnlySpan<byte> utf8)
    {
        // Codes and periods are short; a longer text takes the allocating way.
        Span<char> chars = stackalloc char[256];
        if (utf8.Length > chars.Length)
        {
            return Of(System.Text.Encoding.UTF8.GetString(utf8));
        }

        var length = System.Text.Encoding.UTF8.GetChars(utf8, chars);
        var lookup = texts.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(chars[..length], out var existing))
        {
            return existing;
        }

        var text = new string(chars[..length]);
        texts[text] = text;
        return text;
    }
}
