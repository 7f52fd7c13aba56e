using System.Globalization;
using Reporting.Core.Validation;

namespace Reporting.Core.Issue;

/// <summary>A period locked by the issue of its report: who issued it and when (UTC).</summary>
public sealed record PeriodLock(string Period, long IssuedReportId, DateTimeOffset LockedAt, string LockedBy)
{
    /// <summary>Why a file for the period is refused: the lock, and who can lift it.</summary>
    public IssueText Refusal(TimeZoneInfo zone)
    {
        var at = TimeZoneInfo.ConvertTime(LockedAt, zone);
        var en = at.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        var vi = at.ToString("HH:mm dd/MM/yyyy", CultureInfo.InvariantCulture);
        return new IssueText(
            $"the period {Period} is locked: its report was issued by {LockedBy} on {en}; nothing was stored. "
            + $"An analyst can reopen it (reporting reopen --period {Period} --reason TEXT, or the period's page in the portal)",
            $"kỳ {Period} đã khóa: báo cáo của kỳ đã được {LockedBy} ban hành lúc {vi}; chưa lưu gì. "
            + $"Chuyên viên phân tích có thể mở lại kỳ (reporting reopen --period {Period} --reason LÝ_DO, hoặc trang của kỳ trên cổng)");
    }
}
