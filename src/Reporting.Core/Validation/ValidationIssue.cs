using System.Text;
using Reporting.Core.Catalog;

namespace Reporting.Core.Validation;

/// <summary>A problem found in a submitted file, located as precisely as the file allows.</summary>
/// <param name="Message">In English: the command line's and the logs' language.</param>
/// <param name="MessageVi">The same in Vietnamese, for agency staff; none for messages that quote a library's error.</param>
public sealed record ValidationIssue(
    string File,
    string? Sheet,
    string? Cell,
    string? IndicatorCode,
    string Message,
    Severity Severity = Severity.Error,
    string? MessageVi = null)
{
    public ValidationIssue(string file, string? sheet, string? cell, string? indicatorCode, IssueText text, Severity severity = Severity.Error)
        : this(file, sheet, cell, indicatorCode, text.English, severity, text.Vietnamese)
    {
    }

    public static ValidationIssue Error(string file, IssueText text) => new(file, null, null, null, text);

    /// <summary>The message in the reader's language (English where no Vietnamese was written).</summary>
    public string MessageIn(Language language) => language == Language.Vietnamese && MessageVi is not null ? MessageVi : Message;

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
