using System.Globalization;

namespace Reporting.Excel.Import;

/// <summary>A1-style cell names: column letters and row numbers.</summary>
internal static class CellReference
{
    public static string Name(int column, int row) => ColumnLetters(column) + row.ToString(CultureInfo.InvariantCulture);

    public static string ColumnLetters(int column)
    {
        var letters = string.Empty;
        for (var n = column; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }

    /// <summary>Reads "D7" into column 4 and row 7; false when the text is not a cell name.</summary>
    public static bool TryParse(string? reference, out int column, out int row)
    {
        column = 0;
        row = 0;
        if (string.IsNullOrEmpty(reference))
        {
            return false;
        }

        var i = 0;
        while (i < reference.Length && char.IsAsciiLetter(reference[i]) && column <= 16384)
        {
            column = (column * 26) + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
            i++;
        }

        return i > 0 && column <= 16384
            && int.TryParse(reference.AsSpan(i), NumberStyles.None, CultureInfo.InvariantCulture, out row) && row > 0;
    }
}
