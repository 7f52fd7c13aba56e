using Reporting.Core.Reports;

namespace Reporting.Pdf;

/// <summary>The closing notes: how figures were aggregated, which submissions were used, and figures carried after mergers.</summary>
internal static class SummaryNotes
{
    private const int NamedSuccessors = 3;

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

        if (model.Summary.CompareHasCarriedFigures)
        {
            notes.Add(CarriedNote(model));
        }

        return notes;
    }

    private static string CarriedNote(ReportModel model)
    {
        var lang = model.Language;
        var compare = model.Summary.Compare;
        var successors = model.Directory.Agencies
            .Where(a => compare.CarriedInto(a.Code).Count > 0)
            .ToList();
        var named = successors.Take(NamedSuccessors).Select(a =>
            ReportCharts.AgencyName(a, lang) + lang.T(" (từ ", " (from ")
            + string.Join(", ", compare.CarriedInto(a.Code).Select(c => model.Directory.Find(c) is { } p ? ReportCharts.AgencyName(p, lang) : c)) + ")");
        var others = successors.Count - NamedSuccessors;
        var rest = others > 0 ? lang.T($" và {others.ToString(ReportFormat.Culture(lang))} đơn vị khác", $" and {others.ToString(ReportFormat.Culture(lang))} others") : string.Empty;
        return lang.T(
            $"Số liệu cùng kỳ của các đơn vị đã sáp nhập, hợp nhất hoặc đổi tên được chuyển cho đơn vị kế thừa để so sánh, ví dụ: {string.Join("; ", named)}{rest}.",
            $"Same-period figures of agencies since merged or renamed are carried to their successors for the comparison, e.g. {string.Join("; ", named)}{rest}.");
    }
}
