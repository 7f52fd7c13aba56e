using Reporting.Core.Catalog;
using Reporting.Core.Reports;

namespace Reporting.Pdf;

/// <summary>The summary's key sentences: one per headline indicator (<see cref="ReportSentences"/>), then one on missing agencies.</summary>
internal static class SummarySentences
{
    /// <summary>One sentence per headline indicator, then one on agencies that have not submitted.</summary>
    public static IReadOnlyList<string> Headlines(ReportModel model)
    {
        var sentences = model.Summary.Rows
            .Where(r => r.Indicator.Headline)
            .Select(r => ReportSentences.Sentence(r, model.Summary, model.Language))
            .ToList();
        var lang = model.Language;
        var missing = model.Missing.Count.ToString(ReportFormat.Culture(lang));
        sentences.Add(model.Missing.Count == 0
            ? lang.T("Tất cả các đơn vị đã gửi đủ báo cáo của kỳ.", "All agencies have submitted every report due for the period.")
            : lang.T($"Còn {missing} đơn vị chưa gửi đủ báo cáo của kỳ (danh sách ở cuối báo cáo).", $"{missing} agencies have not yet submitted every report due for the period (listed at the end)."));
        return sentences;
    }
}
