namespace Reporting.Word;

/// <summary>How a run of text is set: bold, italic, a size in half-points other than its style's, highlighted.</summary>
internal readonly record struct TextFormat(bool Bold = false, bool Italic = false, int? Size = null, bool Highlight = false)
{
    public static TextFormat Plain => default;

    public static TextFormat Strong => new(Bold: true);

    public static TextFormat Emphasis => new(Italic: true);
}
