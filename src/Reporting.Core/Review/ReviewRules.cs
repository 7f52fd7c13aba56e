using Reporting.Core.Validation;

namespace Reporting.Core.Review;

/// <summary>
/// The review state machine: submitted -> accepted, submitted -> returned; a returned or accepted version stays so until
/// the agency sends a new version (which is submitted). Only the current version of an agency-period is decided on,
/// only while its period is not locked, and a return needs a reason.
/// </summary>
public static class ReviewRules
{
    /// <summary>States as stored (lower-case text).</summary>
    public static string Text(SubmissionState state) => state switch
    {
        SubmissionState.Accepted => "accepted",
        SubmissionState.Returned => "returned",
        _ => "submitted",
    };

    public static SubmissionState Parse(string text) => text switch
    {
        "accepted" => SubmissionState.Accepted,
        "returned" => SubmissionState.Returned,
        "submitted" => SubmissionState.Submitted,
        _ => throw new FormatException($"not a submission state: {text}"),
    };

    /// <summary>The state after the decision.</summary>
    public static SubmissionState After(ReviewDecision decision) => decision == ReviewDecision.Accept ? SubmissionState.Accepted : SubmissionState.Returned;

    /// <summary>Null when the decision may be taken; otherwise why not, in both languages.</summary>
    /// <param name="id">The version's id, named in the message.</param>
    /// <param name="lockedPeriod">The version's period when it is locked (issued), else null.</param>
    public static ReviewRefusal? Check(long id, SubmissionState state, bool isCurrent, ReviewDecision decision, string? reason, string? lockedPeriod)
    {
        if (!isCurrent)
        {
            return new ReviewRefusal(ReviewRefusalKind.NotCurrent, new IssueText(
                $"submission {id} is not the current version of its agency's report: only the newest version can be accepted or returned",
                $"báo cáo {id} không phải phiên bản hiện hành của đơn vị: chỉ phiên bản mới nhất mới được chấp nhận hoặc trả lại"));
        }

        if (lockedPeriod is not null)
        {
            return new ReviewRefusal(ReviewRefusalKind.Locked, new IssueText(
                $"the period {lockedPeriod} is issued and locked: an analyst must reopen it before submission {id} can be reviewed",
                $"kỳ {lockedPeriod} đã ban hành và khóa: chuyên viên phải mở lại kỳ trước khi xem xét báo cáo {id}"));
        }

        if (state != SubmissionState.Submitted)
        {
            var was = state == SubmissionState.Accepted ? ("accepted", "đã được chấp nhận") : ("returned", "đã bị trả lại");
            return new ReviewRefusal(ReviewRefusalKind.AlreadyDecided, new IssueText(
                $"submission {id} was already {was.Item1}: a decided version stays so until the agency sends a new version",
                $"báo cáo {id} {was.Item2}: phiên bản đã xem xét giữ nguyên cho đến khi đơn vị gửi phiên bản mới"));
        }

        if (decision == ReviewDecision.Return && string.IsNullOrWhiteSpace(reason))
        {
            return new ReviewRefusal(ReviewRefusalKind.NoReason, new IssueText(
                $"returning submission {id} needs a reason the agency can act on",
                $"trả lại báo cáo {id} cần nêu lý do để đơn vị chỉnh sửa"));
        }

        return null;
    }

    /// <summary>No such submission.</summary>
    public static ReviewRefusal NotFound(long id) => new(ReviewRefusalKind.NotFound, new IssueText(
        $"there is no submission {id}",
        $"không có báo cáo {id}"));

    /// <summary>A comment names a cell or indicator the version does not hold.</summary>
    public static ReviewRefusal UnknownCell(long id, string cellOrIndicator) => new(ReviewRefusalKind.UnknownCell, new IssueText(
        $"submission {id} has no cell or indicator {cellOrIndicator}: a comment must name one of its cells (such as D7) or indicator codes",
        $"báo cáo {id} không có ô hoặc chỉ tiêu {cellOrIndicator}: nhận xét phải nêu một ô (như D7) hoặc mã chỉ tiêu của báo cáo"));
}
