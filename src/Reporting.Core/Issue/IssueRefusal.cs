using System.Globalization;
using Reporting.Core.Validation;

namespace Reporting.Core.Issue;

/// <summary>An issue, reopening or as-issued fetch refused, with why in English and Vietnamese.</summary>
public sealed record IssueRefusal(IssueText Text)
{
    public string Message => Text.English;

    public string MessageVi => Text.Vietnamese;

    public static IssueRefusal AlreadyLocked(PeriodLock held, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(held);
        var at = TimeZoneInfo.ConvertTime(held.LockedAt, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        return new(new IssueText(
            $"the period {held.Period} was already issued by {held.LockedBy} on {at} and is locked: reopen it first to issue it again",
            $"kỳ {held.Period} đã được {held.LockedBy} ban hành lúc {at} và đang khóa: hãy mở lại kỳ trước khi ban hành lại"));
    }

    public static IssueRefusal NotLocked(string period) => new(new IssueText(
        $"the period {period} is not locked: there is nothing to reopen",
        $"kỳ {period} không bị khóa: không có gì để mở lại"));

    public static IssueRefusal NoReason(string period) => new(new IssueText(
        $"reopening {period} needs a reason (it is recorded with who reopened it)",
        $"mở lại kỳ {period} cần nêu lý do (lý do được ghi lại cùng người mở)"));

    public static IssueRefusal NeverIssued(string period) => new(new IssueText(
        $"no report was issued for {period}: issue it with `reporting issue --period {period} --out DIR`",
        $"kỳ {period} chưa ban hành báo cáo nào: ban hành bằng `reporting issue --period {period} --out THƯ_MỤC`"));
}
