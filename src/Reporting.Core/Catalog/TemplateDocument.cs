using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Reporting.Core.Catalog;

/// <summary>
/// Reads a template document (indicators.json, agencies.json, calendar.json), from the templates folder or as stored in
/// a database: JSON that does not read (cut short, a value of the wrong type) is refused with a
/// <see cref="FormatException"/> naming the document, the field and the line, not a parser's exception and stack.
/// </summary>
internal static class TemplateDocument
{
    /// <param name="document">The document's file name, as the message names it.</param>
    /// <param name="hint">How values are written, said after the place that cannot be read.</param>
    public static T? Read<T>(string json, JsonTypeInfo<T> type, string document, string hint = "the JSON is malformed or cut short there")
    {
        try
        {
            return JsonSerializer.Deserialize(json, type);
        }
        catch (JsonException e)
        {
            var field = e.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : "the document";
            throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"{document}: {field} (line {e.LineNumber + 1}) cannot be read: {hint}"), e);
        }
    }
}
