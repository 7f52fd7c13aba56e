namespace Reporting.Excel.Reports;

/// <summary>One cell of a streamed row: a number with its format, a text, or nothing.</summary>
internal readonly record struct BulkCell(string? Text, decimal? Number, string Format, bool AlignRight = false)
{
    public const string TextFormat = "@";

    public bool IsEmpty => Text is null && Number is null;

    /// <summary>A fixed text of ours.</summary>
    public static BulkCell Label(string text) => new(text, null, TextFormat);

    /// <summary>Text that came from a user, neutralised so a spreadsheet never evaluates it.</summary>
    public static BulkCell User(string? text) => text is null ? default : new(UserText.Neutralise(text), null, TextFormat);

    /// <summary>A number; <paramref name="missing"/> (usually "-") right-aligned when there is none, or an empty cell.</summary>
    public static BulkCell Value(decimal? value, string format, string? missing = SheetWriter.Dash) =>
        value is { } v ? new(null, v, format) : missing is null ? default : new(missing, null, TextFormat, AlignRight: true);
}
