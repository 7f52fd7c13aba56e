using System.Globalization;
using Reporting.Core.Agencies;
using Reporting.Core.Catalog;
using Reporting.Core.Reports;
using Reporting.Core.Submissions;

namespace Reporting.Workflows.Reminders;

/// <summary>A reminder's subject and body: Vietnamese first (agency staff read it), then the same in English.</summary>
public static class ReminderText
{
    public static string Subject(DueSubmission owed) =>
        $"[Nhắc hạn nộp báo cáo] {owed.Agency.Code}: {ReportFormat.PeriodName(owed.Period, Language.Vietnamese)}, hạn {ReportFormat.Date(owed.Due, Language.Vietnamese)}";

    public static string Body(DueSubmission owed, Province province)
    {
        var vi = ReportFormat.PeriodName(owed.Period, Language.Vietnamese);
        var en = ReportFormat.PeriodName(owed.Period, Language.English);
        var dueVi = ReportFormat.Date(owed.Due, Language.Vietnamese);
        var dueEn = ReportFormat.Date(owed.Due, Language.English);
        var days = Math.Abs(owed.DaysLeft).ToString(CultureInfo.InvariantCulture);
        var leftVi = owed.DaysLeft switch
        {
            0 => "hạn nộp là hôm nay",
            > 0 => $"còn {days} ngày",
            _ => $"đã quá hạn {days} ngày",
        };
        var leftEn = owed.DaysLeft switch
        {
            0 => "the deadline is today",
            > 0 => $"{days} days left",
            _ => $"{days} days overdue",
        };
        var file = SubmissionFileName.For(owed.Agency.Code, owed.Period);
        return $"""
            Kính gửi: {owed.Agency.Name}

            Hệ thống báo cáo chỉ tiêu chuyển đổi số của {province.NameVi} chưa nhận được báo cáo {vi} (kỳ {owed.Period}) của đơn vị.
            Hạn nộp: ngày {dueVi} ({leftVi}).
            Đề nghị đơn vị tải biểu mẫu {file}, điền số liệu và gửi trước hạn nộp. Nếu đã gửi, xin bỏ qua thư này.

            Trân trọng.

            ---
            To: {owed.Agency.NameIn(Language.English)}
            The digital-transformation reporting system of {province.NameEn} has not received your report for {en} (period {owed.Period}).
            Deadline: {dueEn} ({leftEn}). Please fill in the template {file} and send it before the deadline; if you have sent it, ignore this message.
            """;
    }
}
