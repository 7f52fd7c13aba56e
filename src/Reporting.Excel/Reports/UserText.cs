namespace Reporting.Excel.Reports;

/// <summary>
/// Text that came from a user (agency names, contacts, notes, file names), made safe for a spreadsheet: a string
/// that a spreadsheet could take for a formula (= + - @, or a leading tab or line break) gets a leading apostrophe,
/// so neither Excel nor LibreOffice ever evaluates it, even when the cell is edited and confirmed.
/// </summary>
internal static class UserText
{
    public static string Neutralise(string? text) =>
        text is { Length: > 0 } && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' or '\n' ? "'" + text : text ?? string.Empty;
}
