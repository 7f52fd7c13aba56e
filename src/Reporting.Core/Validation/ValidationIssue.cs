using System.Text;

namespace Reporting.Core.Validation;

/// <summary>A problem found in a submitted file, located as precisely as the file allows.</summary>
public sealed record ValidationIssue(
    string File,
    string? Sheet,
    string? Cell,
    string? IndicatorCode,
    string Message,
    Severity Severity = Severity.Error)
{
    public static ValidationIssue Error(string file, string message) => new(file, null, null, null, message);

    /// <summary>One line: <c>file.xlsx, sheet 'Data', cell D7, EDOC.SENT: message</c>.</summary>
    public override string ToString()
    {
        var text = new StringBuilder(File);
        if (Sheet is not null)
        {
            text.Append(", sheet '").Append(Sheet).Append('\'');
        }

        if (Cell is not null)
        {
            text.Append(", cell ").Append(Cell);
        }

        if (IndicatorCode is not null)
        {
            text.Append(", ").Append(IndicatorCode);
        }

        return text.Append(": ").Append(Severity == Severity.Warning ? "warning: " : string.Empty).Append(Message).ToString();
    }
}
