using Reporting.Core.Catalog;
using Reporting.Core.Reports;

namespace Reporting.Pdf;

/// <summary>The closing notes: how figures were aggregated, which submissions were used, and figures carried after mergers.</summary>
internal static class SummaryNotes
{
    public static IReadOnlyList<string> For(ReportModel model)
    {
        var lang = model.Language;
        var culture = ReportFormat.Culture(lang);
        var notes = new List<string>
        {
            lang.T(
                "Số liệu được tổng hợp theo quy tắc của từng chỉ tiêu: chỉ tiêu phát sinh trong kỳ (doanh thu, số hồ sơ, số văn bản...) được cộng các tháng; chỉ tiêu thời điểm (số thuê bao, chứng thư số, số thủ tục...) lấy số liệu mới nhất trong kỳ; các tỷ lệ được tính lại từ các số liệu thành phần đã tổng hợp, không lấy trung bình các tỷ lệ của đơn vị.",
                "Figures are aggregated by each indicator's rule: flows (revenue, records, documents...) are summed over the months; stocks (subscribers, certificates, procedures...) take the latest value in the period; rates are computed from the aggregated parts, never averaged over agencies."),
            lang.T(
                "Tỷ lệ được so sánh với cùng kỳ theo điểm phần trăm (điểm %), các chỉ tiêu khác theo phần trăm; \"-\" là chưa có số liệu để so sánh.",
                "Rates are compared with the same period in percentage points (pp), other indicators in percent; \"-\" means there is no figure to compare with."),
        };

        if (model.Submissions.Count > 0 && model.NewestReceivedOn is { } newestDay)
        {
            var count = ReportFormat.Number(model.Submissions.Count, 0, lang);
            var newest = ReportFormat.Date(newestDay, lang);
            var corrected = model.Submissions.Count(s => s.Version > 1);
            var correctedText = corrected == 0 ? string.Empty : lang.T(
                $", trong đó {corrected.ToString(culture)} báo cáo đã được đơn vị gửi lại để điều chỉnh (dùng bản mới nhất)",
                $", {corrected.ToString(culture)} of them corrected and resubmitted (the newest version is used)");
            notes.Add(lang.T(
                $"Số liệu lấy từ {count} báo cáo của các đơn vị{correctedText}; báo cáo mới nhất nhận ngày {newest}. Số liệu tổng hợp theo cơ cấu đơn vị tại ngày {ReportFormat.Date(model.Summary.StructureDate, lang)}.",
                $"Figures come from {count} agency submissions{correctedText}; the newest was received on {newest}. Agencies are grouped as they stood on {ReportFormat.Date(model.Summary.StructureDate, lang)}."));
        }

        var estimated = model.Summary.Rows.Where(r => r.Current.IsEstimate).ToList();
        if (estimated.Count > 0)
        {
            var list = string.Join("; ", estimated.Select(r => $"{r.Indicator.Name(lang)} ({ReportFormat.EstimateMark(r.Current, lang)})"));
            notes.Add(lang.T(
                $"Số liệu đánh dấu \"ước\" có phần ước thực hiện, sẽ được thay bằng số liệu chính thức khi đơn vị gửi: {list}.",
                $"Figures marked \"est.\" are built on estimates, to be replaced by final figures when the agencies send them: {list}."));
        }

        if (ReportSentences.CarriedFigures(model) is { } carried)
        {
            notes.Add(carried);
        }

        return notes;
    }
}
