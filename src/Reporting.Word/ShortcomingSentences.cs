using Reporting.Core.Catalog;
using Reporting.Core.Completeness;
using Reporting.Core.Reports;
using Reporting.Core.Summary;

namespace Reporting.Word;

/// <summary>
/// Section II, found from the data: indicators behind their target's pace (<see cref="TargetPace"/>), indicators that
/// moved the wrong way against the compare period (fell, or rose where lower is better), agencies that have not
/// submitted everything, and agencies whose submission arrived after its deadline. One sentence each, so an analyst
/// keeps or deletes it.
/// </summary>
internal static class ShortcomingSentences
{
    /// <summary>Agencies named in a sentence; the others are counted.</summary>
    public const int Named = 10;

    public static IReadOnlyList<string> For(ReportModel model)
    {
        var lang = model.Language;
        var summary = model.Summary;
        var sentences = new List<string>();
        sentences.AddRange(TargetPace.Behind(summary, model.Trend).Select(p => Behind(p, summary, lang)));
        sentences.AddRange(summary.Rows.Where(Worsened).Select(r => Worse(r, summary, lang)));
        if (model.Missing.Count > 0)
        {
            sentences.Add(NotSubmitted(model));
        }

        if (LateAgencies(model) is { Count: > 0 } late)
        {
            sentences.Add(Late(late, lang));
        }

        return sentences;
    }

    /// <summary>The sentence when the data shows nothing to report.</summary>
    public static string None(Language lang) =>
        lang.T("Số liệu của kỳ chưa cho thấy tồn tại, hạn chế.", "The figures of the period show no shortcomings.");

    /// <summary>Fell against the compare period where higher is better, or rose where lower is better.</summary>
    public static bool Worsened(SummaryRow row) =>
        row.Change is { } change && change != 0 && (change < 0) == row.Indicator.HigherIsBetter;

    /// <summary>Agencies with a submission that arrived after its deadline, most days late first.</summary>
    public static IReadOnlyList<(AgencyCompleteness Agency, int DaysLate)> LateAgencies(ReportModel model) =>
        (model.Timeliness ?? [])
            .Select(a => (Agency: a, DaysLate: a.Owed.Where(o => o.Status == SubmissionStatus.Late).Select(o => o.DaysLate).DefaultIfEmpty(0).Max()))
            .Where(a => a.DaysLate > 0)
            .OrderByDescending(a => a.DaysLate)
            .ThenBy(a => a.Agency.Agency.Code, StringComparer.Ordinal)
            .ToList();

    private static string Behind(TargetPace pace, PeriodSummary summary, Language lang)
    {
        var row = pace.Row;
        var indicator = row.Indicator;
        var name = indicator.Name(lang);
        var value = ReportSentences.Amount(indicator, row.Value, lang);
        var target = ReportSentences.Amount(indicator, pace.Target, lang);
        var required = ReportSentences.Amount(indicator, pace.Required, lang);
        var year = summary.Period.Year.ToString(ReportFormat.Culture(lang));
        var period = ReportFormat.PeriodName(summary.Period, lang);
        if (!pace.IsLevel)
        {
            var share = ReportFormat.Number(pace.Share * 100, 0, lang) + "%";
            var attained = ReportFormat.Number(row.Attainment ?? 0, 2, lang) + "%";
            return lang.T(
                $"{name} đạt {value}, bằng {attained} kế hoạch năm {year} ({target}), chưa đạt tiến độ: {period} cần đạt {share} kế hoạch ({required}).",
                $"{name} reached {value}, {attained} of the {year} target ({target}), behind the pace: the {period} calls for {share} of the target ({required}).");
        }

        if (pace.Start is not { } start)
        {
            return lang.T(
                $"{name} đạt {value}, chưa đạt kế hoạch năm {year} ({target}).",
                $"{name} reached {value}, short of the {year} target ({target}).");
        }

        var from = ReportSentences.Amount(indicator, start, lang);
        var lastYear = (summary.Period.Year - 1).ToString(ReportFormat.Culture(lang));
        return lang.T(
            $"{name} đạt {value}, thấp hơn mức {required} cần đạt vào cuối {period} theo lộ trình từ {from} cuối năm {lastYear} đến kế hoạch năm {year} ({target}).",
            $"{name} reached {value}, below the {required} needed by the end of the {period} on a straight path from {from} at the end of {lastYear} to the {year} target ({target}).");
    }

    private static string Worse(SummaryRow row, PeriodSummary summary, Language lang)
    {
        var indicator = row.Indicator;
        var same = ReportSentences.SamePeriod(summary, lang);
        var value = ReportSentences.Amount(indicator, row.Value, lang);
        var compare = ReportSentences.Amount(indicator, row.CompareValue, lang);
        var partial = row.Reported < row.Expected
            ? lang.T(
                $"; số liệu mới của {row.Reported.ToString(ReportFormat.Culture(lang))}/{row.Expected.ToString(ReportFormat.Culture(lang))} đơn vị",
                $"; figures from {row.Reported.ToString(ReportFormat.Culture(lang))} of {row.Expected.ToString(ReportFormat.Culture(lang))} agencies so far")
            : string.Empty;
        return lang.T(
            $"{indicator.Name(lang)} {ReportSentences.Change(row, row.Change!.Value, lang)} so với {same} ({value} so với {compare}{partial}).",
            $"{indicator.Name(lang)}: {ReportSentences.Change(row, row.Change!.Value, lang)} over {same} ({value} against {compare}{partial}).");
    }

    private static string NotSubmitted(ReportModel model)
    {
        var lang = model.Language;
        var count = model.Missing.Count.ToString(ReportFormat.Culture(lang));
        var names = Listed(model.Missing.Select(m => m.Agency.NameIn(lang)).ToList(), lang);
        return lang.T(
            $"Còn {count} đơn vị chưa gửi đủ báo cáo của kỳ: {names}.",
            $"{count} agencies have not submitted every report due for the period: {names}.");
    }

    private static string Late(IReadOnlyList<(AgencyCompleteness Agency, int DaysLate)> late, Language lang)
    {
        var culture = ReportFormat.Culture(lang);
        var count = late.Count.ToString(culture);
        var names = Listed(late.Select(l => l.Agency.Agency.NameIn(lang) + lang.T($" (chậm {l.DaysLate.ToString(culture)} ngày)", $" ({l.DaysLate.ToString(culture)} days late)")).ToList(), lang);
        return lang.T(
            $"{count} đơn vị gửi báo cáo sau thời hạn: {names}.",
            $"{count} agencies submitted after the deadline: {names}.");
    }

    /// <summary>"A, B, C và 12 đơn vị khác": the first <see cref="Named"/> names, then how many more.</summary>
    private static string Listed(IReadOnlyList<string> names, Language lang)
    {
        var shown = string.Join(", ", names.Take(Named));
        var others = names.Count - Named;
        return others <= 0
            ? shown
            : shown + lang.T($" và {others.ToString(ReportFormat.Culture(lang))} đơn vị khác", $" and {others.ToString(ReportFormat.Culture(lang))} others");
    }
}
