using Reporting.Core.Numbers;

namespace Reporting.Excel.Import;

/// <summary>One cell as found in the file, with the number format facts that change its meaning.</summary>
internal readonly record struct RawCell(CellKind Kind, string Text, bool IsPercent = false, bool IsDate = false)
{
    public static RawCell Empty { get; } = new(CellKind.Empty, string.Empty);

    public bool IsBlank => Kind == CellKind.Empty || (Kind == CellKind.Text && string.IsNullOrWhiteSpace(InvisibleCharacters.Remove(Text)));

    /// <summary>The cell as plain text (codes, labels, notes), without characters nobody sees; null when blank or not text-like.</summary>
    public string? AsText() => IsBlank ? null : Kind switch
    {
        CellKind.Text or CellKind.Number => InvisibleCharacters.Remove(Text).Trim(),
        CellKind.Boolean => Text == "1" ? "TRUE" : "FALSE",
        _ => null,
    };
}
