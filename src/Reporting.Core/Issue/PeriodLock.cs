using System.Globalization;
using Reporting.Core.Periods;
using Reporting.Core.Validation;

namespace Reporting.Core.Issue;

/// <summary>A period locked by the issue of its report: who issued it and when (UTC).</summary>
public sealed record PeriodLock(string Period, long IssuedReportId, DateTimeOffset LockedAt, string LockedBy)
{
    /// <summary>
    /// Whether the lock holds a file of <paramref name="period"/>: its own, or one whose months lie within it (a month of
    /// an issued half-year), since storing it would move the figures issued.
    /// </summary>
    public bool Holds(PeriodId period) => PeriodId.Parse(Period).Contains(period);

    /// <summary>Why a file for <paramref name="period"/> is refused: the lock, and who can lift it.</summary>
    public IssueText Refusal(TimeZoneInfo zone, PeriodId period)
    {
        var at = TimeZoneInfo.ConvertTime(LockedAt, zone);
        var en = at.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        var vi = at.ToString("HH:mm dd/MM/yyyy", CultureInfo.InvariantCulture);
        var own = period.ToString() == Period;
        return new IssueText(
            (own ? $"the period {Period} is locked" : $"the period {period} lies within {Period}, which is locked")
            + $": its report was issued by {LockedBy} on {en}; nothing was stored. "
            + $"An analyst can reopen {(own ? "it" : Period)} (reporting reopen --period {Period} --reason TEXT, or the period's page in the portal)",
            (own ? $"kỳ {Period} đã khóa" : $"kỳ {period} thuộc kỳ {Period} đã khóa")
            + $": báo cáo của kỳ {(own ? string.Empty : Period + " ")}đã được {LockedBy} ban hành lúc {vi}; chưa lưu gì. "
            + $"Chuyên viên phân tích có thể mở lại kỳ {(own ? string.Empty : Period + " ")}(reporting reopen --period {Period} --reason LÝ_DO, hoặc trang của kỳ trên cổng)");
    }
}
