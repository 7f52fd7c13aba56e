using Reporting.Core.Agencies;
using Reporting.Core.Submissions;

namespace Reporting.Core.Validation;

/// <summary>
/// A file named in the template's own naming (<c>AGENCY_PERIOD…</c>) whose workbook states another agency or period is
/// not applied unless the sender confirms which is right: a copy of August's file renamed for September would otherwise
/// replace the real August report without a word.
/// </summary>
public static class FileNameCheck
{
    /// <param name="agencyConfirmed">The sender stated the agency apart from the file (<c>--agency</c>, a confirmation).</param>
    /// <param name="periodConfirmed">The sender stated the period apart from the file.</param>
    public static IReadOnlyList<ValidationIssue> Check(ParsedSubmission submission, AgencyDirectory directory, bool agencyConfirmed, bool periodConfirmed)
    {
        ArgumentNullException.ThrowIfNull(submission);
        ArgumentNullException.ThrowIfNull(directory);
        if (!SubmissionFileName.TryRead(submission.SourceFile, out var namedCode, out var namedPeriod)
            || submission.AgencyCode is not { } stated
            || submission.Period is not { } period)
        {
            return [];
        }

        // "Baocao_2026-03.xlsx" only looks like the template's naming: the agency must be one.
        var named = directory.Find(namedCode) ?? directory.Find(namedCode.ToUpperInvariant());
        if (named is null)
        {
            return [];
        }

        var name = submission.SourceFile[(submission.SourceFile.LastIndexOfAny(['/', '\\']) + 1)..];
        var issues = new List<ValidationIssue>();
        stated = stated.Trim();
        if (!agencyConfirmed && !named.Code.Equals(stated, StringComparison.OrdinalIgnoreCase))
        {
            var cell = submission.AgencyCell ?? "?";
            issues.Add(new(submission.SourceFile, submission.Sheet, submission.AgencyCell, null, new IssueText(
                $"the file name {name} says agency {named.Code} but the workbook is for {stated} (cell {cell}): nothing was applied, in case it is "
                + $"another agency's file renamed or copied; rename the file, or confirm that it is {stated}'s",
                $"tên tệp {name} ghi đơn vị {named.Code} nhưng sổ tính là của đơn vị {stated} (ô {cell}): chưa áp dụng tệp, phòng khi đây là "
                + $"tệp của đơn vị khác bị đổi tên hoặc sao chép; hãy đổi tên tệp, hoặc xác nhận tệp là của {stated}")));
        }

        if (!periodConfirmed && namedPeriod != period)
        {
            var cell = submission.PeriodCell ?? "?";
            issues.Add(new(submission.SourceFile, submission.Sheet, submission.PeriodCell, null, new IssueText(
                $"the file name {name} says period {namedPeriod} but the workbook is for {period} (cell {cell}): nothing was applied, in case it is "
                + $"another period's file renamed or copied; rename the file, or confirm that it is for {period}",
                $"tên tệp {name} ghi kỳ {namedPeriod} nhưng sổ tính là của kỳ {period} (ô {cell}): chưa áp dụng tệp, phòng khi đây là "
                + $"tệp của kỳ khác bị đổi tên hoặc sao chép; hãy đổi tên tệp, hoặc xác nhận tệp là của kỳ {period}")));
        }

        return issues;
    }
}
