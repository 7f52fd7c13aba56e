using Reporting.Core.Validation;

namespace Reporting.Excel.Import;

/// <summary>Raised while unpacking a workbook part that grows past <see cref="SubmissionFileLimits.MaxPartBytes"/>.</summary>
internal sealed class PartTooLargeException(IssueText text) : IOException(text.English)
{
    public IssueText Text => text;
}
