using System.Globalization;

namespace Reporting.Core.Submissions;

/// <summary>
/// When an agency sent a file, as a person writes it for an import of past files (<c>--received-at</c>, a manifest's
/// received_at): a date in Vietnamese order (05/07/2026) or ISO order (2026-07-05), with a time (14:30, 14:30:15) or
/// without (the start of that day), on the province's clock unless an offset is written (2026-07-05T14:30+07:00).
/// </summary>
public static class ReceivedTime
{
    private static readonly string[] Dates = ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"];

    private static readonly string[] Times = [string.Empty, " HH:mm", " H:mm", " HH:mm:ss", " H:mm:ss", "'T'HH:mm", "'T'HH:mm:ss"];

    private static readonly string[] Formats = [.. Dates.SelectMany(d => Times.Select(t => d + t))];

    private static readonly string[] WithOffset = ["yyyy-MM-dd'T'HH:mmzzz", "yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm'Z'", "yyyy-MM-dd'T'HH:mm:ss'Z'"];

    /// <summary>The formats in words, for messages.</summary>
    public const string Accepted = "05/07/2026, 2026-07-05, 05/07/2026 14:30 or 2026-07-05T14:30:00+07:00";

    /// <summary>Reads <paramref name="text"/>; false when it is none of the accepted forms (or no such day, 31/02/2026).</summary>
    public static bool TryParse(string? text, TimeZoneInfo zone, out DateTimeOffset instant)
    {
        instant = default;
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return false;
        }

        if (DateTime.TryParseExact(trimmed, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            instant = new DateTimeOffset(local, zone.GetUtcOffset(local));
            return true;
        }

        // An instant with its offset written (ISO 8601, as machines export it).
        return DateTimeOffset.TryParseExact(trimmed, WithOffset, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out instant);
    }
}
