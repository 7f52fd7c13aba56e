using System.Globalization;
using Reporting.Core.Catalog;
using Reporting.Core.Reports;
using Reporting.Core.Summary;

namespace Reporting.Pdf;

/// <summary>
/// The generated sentences of the summary, in the style of a provincial report:
/// "Doanh thu dịch vụ viễn thông đạt 512.300 triệu đồng, tăng 18,4% so với cùng kỳ năm 2025."
/// Counts and amounts change in percent, rates in percentage points; every figure is the summary's, formatted.
/// </summary>
internal static class SummarySentences
{
    /// <summary>One sentence per headline indicator, then one on agencies that have not submitted.</summary>
    public static IReadOnlyList<string> Headlines(ReportModel model)
    {
        var sentences = model.Summary.Rows
            .Where(r => r.Indicator.Headline)
            .Select(r => Sentence(r, model.Summary, model.Language))
            .ToList();
        var lang = model.Language;
        var missing = model.Missing.Count.ToString(ReportFormat.Culture(lang));
        sentences.Add(model.Missing.Count == 0
            ? lang.T("Tất cả các đơn vị đã gửi đủ báo cáo của kỳ.", "All agencies have submitted every report due for the period.")
            : lang.T($"Còn {missing} đơn vị chưa gửi đủ báo cáo của kỳ (danh sách ở cuối báo cáo).", $"{missing} agencies have not yet submitted every report due for the period (listed at the end)."));
        return sentences;
    }

    public static string Sentence(SummaryRow row, PeriodSummary summary, Language lang)
    {
        var indicator = row.Indicator;
        var name = indicator.Name(lang);
        if (row.Value is null)
        {
            var period = ReportFormat.PeriodName(summary.Period, lang);
            return lang.T($"{name}: chưa có số liệu {period}.", $"{name}: no figure has been reported for the {period}.");
        }

        var text = name + lang.T(" đạt ", " reached ") + Amount(indicator, row.Value, lang);
        if (row.Reported < row.Expected)
        {
            var culture = ReportFormat.Culture(lang);
            var reported = row.Reported.ToString(culture);
            var expected = row.Expected.ToString(culture);
            text += " " + lang.T($"(số liệu của {reported}/{expected} đơn vị)", $"(figures from {reported} of {expected} agencies)");
        }

        text += row switch
        {
            { CompareValue: null } => "; " + lang.T($"chưa có số liệu {SamePeriod(summary, lang)} để so sánh", $"there is no figure for {SamePeriod(summary, lang)} to compare with"),
            { Change: null } => "; " + lang.T($"không tính được mức tăng, giảm vì {SamePeriod(summary, lang)} bằng 0", $"no change can be given as {SamePeriod(summary, lang)} was zero"),
            { Change: 0 } => ", " + lang.T($"bằng {SamePeriod(summary, lang)}", $"unchanged from {SamePeriod(summary, lang)}"),
            { Change: { } change } => ", " + Direction(change, lang) + " " + ChangeAmount(row, Math.Abs(change), lang) + " " + lang.T("so với ", "over ") + SamePeriod(summary, lang),
        };

        if (row.Attainment is { } attainment && row.Target is { } target)
        {
            var percent = ReportFormat.Number(attainment, 2, lang) + "%";
            var year = summary.Period.Year.ToString(CultureInfo.InvariantCulture);
            var goal = Amount(indicator, target, lang);
            text += ", " + lang.T($"bằng {percent} kế hoạch năm {year} ({goal})", $"{percent} of the {year} target ({goal})");
        }

        return text + ".";
    }

    /// <summary>"cùng kỳ năm 2025" when comparing with last year, else the compare period by name.</summary>
    public static string SamePeriod(PeriodSummary summary, Language lang)
    {
        var year = summary.ComparePeriod.Year.ToString(CultureInfo.InvariantCulture);
        return summary.ComparePeriod == summary.Period.SamePeriodLastYear
            ? lang.T($"cùng kỳ năm {year}", $"the same period of {year}")
            : ReportFormat.PeriodName(summary.ComparePeriod, lang);
    }

    /// <summary>A value with its unit: "65,23%" or "512.300 triệu đồng".</summary>
    public static string Amount(Indicator indicator, decimal? value, Language lang)
    {
        var unit = indicator.Unit(lang);
        var number = ReportFormat.Value(indicator, value, lang);
        return unit == "%" ? number + unit : number + " " + unit;
    }

    private static string Direction(decimal change, Language lang) =>
        change > 0 ? lang.T("tăng", "up") : lang.T("giảm", "down");

    private static string ChangeAmount(SummaryRow row, decimal magnitude, Language lang) =>
        row.ChangeUnit == ChangeUnit.PercentagePoints
            ? ReportFormat.Number(magnitude, 2, lang) + lang.T(" điểm %", " percentage points")
            : ReportFormat.Number(magnitude, 1, lang) + "%";
}
