using System.Globalization;
using Reporting.Core.Catalog;
using Reporting.Core.Summary;

namespace Reporting.Core.Reports;

/// <summary>
/// The generated sentences of the reports, in the style of a provincial report:
/// "Doanh thu dịch vụ viễn thông đạt 512.300 triệu đồng, tăng 18,4% so với cùng kỳ năm 2025."
/// Counts and amounts change in percent, rates in percentage points; every figure is the summary's, formatted.
/// Shared by the PDF summary and the Word report, so both cite a figure in the same words.
/// </summary>
public static class ReportSentences
{
    private const int NamedSuccessors = 3;

    /// <summary>
    /// One indicator's sentence: value ("ước đạt" when the figure rests on estimates), reporting agencies when some are
    /// missing, change, target attainment.
    /// </summary>
    /// <param name="estimated">Says "ước đạt" even for a figure that rests on no estimate.</param>
    public static string Sentence(SummaryRow row, PeriodSummary summary, Language lang, bool estimated = false)
    {
        ArgumentNullException.ThrowIfNull(row);
        estimated |= row.Current.IsEstimate;
        var indicator = row.Indicator;
        var name = indicator.Name(lang);
        if (row.Value is null)
        {
            var period = ReportFormat.PeriodName(summary.Period, lang);
            return lang.T($"{name}: chưa có số liệu {period}.", $"{name}: no figure has been reported for the {period}.");
        }

        var verb = estimated ? lang.T(" ước đạt ", " reached an estimated ") : lang.T(" đạt ", " reached ");
        var text = name + verb + Amount(indicator, row.Value, lang);
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
            { Change: { } change } => ", " + Change(row, change, lang) + " " + lang.T("so với ", "over ") + SamePeriod(summary, lang),
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

    /// <summary>"tăng 18,4%" / "giảm 2,35 điểm %" ("up 18.4%", "down 2.35 percentage points"): direction and magnitude.</summary>
    public static string Change(SummaryRow row, decimal change, Language lang)
    {
        var direction = change > 0 ? lang.T("tăng", "up") : lang.T("giảm", "down");
        var magnitude = Math.Abs(change);
        var amount = row.ChangeUnit == ChangeUnit.PercentagePoints
            ? ReportFormat.Number(magnitude, 2, lang) + lang.T(" điểm %", " percentage points")
            : ReportFormat.Number(magnitude, 1, lang) + "%";
        return direction + " " + amount;
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

    /// <summary>
    /// The note that the compare period's figures of merged or renamed agencies are carried by their successors, naming
    /// a few; null when the compare period carries none.
    /// </summary>
    public static string? CarriedFigures(ReportModel model)
    {
        var compare = model.Summary.Compare;
        if (!compare.HasCarriedFigures)
        {
            return null;
        }

        var lang = model.Language;
        var successors = model.Directory.Agencies
            .Where(a => compare.CarriedInto(a.Code).Count > 0)
            .ToList();
        var named = successors.Take(NamedSuccessors).Select(a =>
            a.NameIn(lang) + lang.T(" (từ ", " (from ")
            + string.Join(", ", compare.CarriedInto(a.Code).Select(c => model.Directory.Find(c) is { } p ? p.NameIn(lang) : c)) + ")");
        var others = successors.Count - NamedSuccessors;
        var rest = others > 0 ? lang.T($" và {others.ToString(ReportFormat.Culture(lang))} đơn vị khác", $" and {others.ToString(ReportFormat.Culture(lang))} others") : string.Empty;
        return lang.T(
            $"Số liệu cùng kỳ của các đơn vị đã sáp nhập, hợp nhất hoặc đổi tên được chuyển cho đơn vị kế thừa để so sánh, ví dụ: {string.Join("; ", named)}{rest}.",
            $"Same-period figures of agencies since merged or renamed are carried to their successors for the comparison, e.g. {string.Join("; ", named)}{rest}.");
    }
}
