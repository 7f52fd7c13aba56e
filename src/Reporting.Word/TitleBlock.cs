using DocumentFormat.OpenXml.Wordprocessing;
using Reporting.Core.Catalog;
using Reporting.Core.Periods;
using Reporting.Core.Reports;

namespace Reporting.Word;

/// <summary>
/// The kind of document and its subject, centred under the header block: "BÁO CÁO", then "Kết quả … 6 tháng đầu năm 2026,
/// nhiệm vụ 6 tháng cuối năm 2026" in bold, with a line under it of 40% of its longer line (the decree asks for a third
/// to a half).
/// </summary>
internal static class TitleBlock
{
    private const int Size = 28;

    public static IEnumerable<Paragraph> Build(PeriodId period, Language lang)
    {
        var kind = Blocks.Centred(lang.T("BÁO CÁO", "REPORT"), new TextFormat(Bold: true, Size: Size));
        kind.ParagraphProperties!.GetFirstChild<SpacingBetweenLines>()!.Before = "480";
        yield return kind;

        var lines = SubjectLines(period, lang);
        yield return Blocks.Centred(string.Join('\n', lines), new TextFormat(Bold: true, Size: Size));
        var longest = Math.Min(lines.Max(l => BoldTextWidth.Of(l, Size)), PageLayout.PortraitWidth);
        yield return Blocks.Line(longest * 2 / 5, PageLayout.PortraitWidth);
        yield return Blocks.Centred(string.Empty, TextFormat.Plain, after: 240);
    }

    /// <summary>The subject in two lines, broken after the results as a typist would.</summary>
    public static IReadOnlyList<string> SubjectLines(PeriodId period, Language lang)
    {
        var done = ReportFormat.PeriodName(period, lang);
        var next = ReportFormat.PeriodName(ReportPeriods.Following(period), lang);
        return
        [
            lang.T($"Kết quả thực hiện chuyển đổi số {done},", $"Digital transformation results in the {done},"),
            lang.T($"nhiệm vụ {next}", $"tasks for the {next}"),
        ];
    }
}
