using DocumentFormat.OpenXml.Wordprocessing;
using Reporting.Core.Aggregation;
using Reporting.Core.Catalog;
using Reporting.Core.Reports;
using Reporting.Core.Summary;

namespace Reporting.Word;

/// <summary>
/// The appendix's tables, as wide as the landscape page: every indicator against the compare period and the target,
/// and every indicator by agency group. Header rows repeat on each page; indicator groups head their rows.
/// </summary>
internal static class AppendixTables
{
    private const string GroupShading = "E7ECF3";
    private const string HeaderShading = "D9DFE8";
    private static readonly int[] SummaryWidths = [700, 3986, 1500, 1500, 1500, 1700, 1300, 1100, 1000];

    /// <summary>STT, indicator, unit, value, compare value, change, target, attainment, agencies reported.</summary>
    public static Table Summary(ReportModel model)
    {
        var lang = model.Language;
        var summary = model.Summary;
        var w = SummaryWidths;
        var table = Blocks.Table(w, WordStyles.TableGrid);
        string[] headers =
        [
            lang.T("STT", "No."),
            lang.T("Chỉ tiêu", "Indicator"),
            lang.T("Đơn vị tính", "Unit"),
            lang.T("Thực hiện ", "") + ReportFormat.PeriodName(summary.Period, lang).Capitalized(),
            ReportSentences.SamePeriod(summary, lang).Capitalized(),
            lang.T("Tăng/giảm", "Change"),
            lang.T($"Kế hoạch năm {summary.Period.Year}", $"Target {summary.Period.Year}"),
            lang.T("Tỷ lệ đạt kế hoạch (%)", "Target attained (%)"),
            lang.T("Đơn vị đã báo cáo", "Agencies reported"),
        ];
        table.Append(Blocks.Row(true, headers.Select((h, i) => Blocks.TextCell(w[i], h, WordStyles.TableHeading, shading: HeaderShading)).ToArray()));

        var groupNumber = 0;
        foreach (var group in model.Catalog.Groups)
        {
            var rows = summary.Rows.Where(r => r.Indicator.Group == group.Code).ToList();
            if (rows.Count == 0)
            {
                continue;
            }

            table.Append(GroupRow(w, ++groupNumber, group.Name(lang)));
            for (var i = 0; i < rows.Count; i++)
            {
                table.Append(IndicatorRow(w, i + 1, rows[i], lang));
            }
        }

        return table;
    }

    /// <summary>
    /// Indicator and unit, then for each agency group and the province this period and the compare period: eight
    /// figure columns, in 11 pt so that "119.377.545" fits its column on one line.
    /// </summary>
    public static Table ByGroup(ReportModel model)
    {
        var lang = model.Language;
        var summary = model.Summary;
        var small = new TextFormat(Size: 22);
        var groups = model.Directory.Groups.Select(g => (Code: (string?)g.Code, Name: g.Name(lang)))
            .Append((null, lang.T("Toàn tỉnh", "Province"))).ToList();
        const int unitWidth = 1100, valueWidth = 1250;
        var w = new List<int> { PageLayout.LandscapeWidth - unitWidth - (valueWidth * groups.Count * 2), unitWidth };
        w.AddRange(Enumerable.Repeat(valueWidth, groups.Count * 2));
        var table = Blocks.Table(w, WordStyles.TableGrid);

        TableCell Heading(int width, string text, int span = 1, MergedCellValues? merge = null) =>
            Blocks.TextCell(width, text, WordStyles.TableHeading, format: small, span: span, merge: merge, shading: HeaderShading);

        var top = new List<TableCell>
        {
            Heading(w[0], lang.T("Chỉ tiêu", "Indicator"), merge: MergedCellValues.Restart),
            Heading(w[1], lang.T("Đơn vị tính", "Unit"), merge: MergedCellValues.Restart),
        };
        top.AddRange(groups.Select(g => Heading(valueWidth * 2, g.Name, span: 2)));
        table.Append(Blocks.Row(true, [.. top]));

        var second = new List<TableCell> { Heading(w[0], string.Empty, merge: MergedCellValues.Continue), Heading(w[1], string.Empty, merge: MergedCellValues.Continue) };
        foreach (var _ in groups)
        {
            second.Add(Heading(valueWidth, lang.T("Kỳ này", "This period")));
            second.Add(Heading(valueWidth, lang.T("Cùng kỳ", "Same period")));
        }

        table.Append(Blocks.Row(true, [.. second]));

        foreach (var group in model.Catalog.Groups)
        {
            var indicators = model.Catalog.Indicators.Where(i => i.Group == group.Code).ToList();
            if (indicators.Count == 0)
            {
                continue;
            }

            table.Append(Blocks.Row(false, Blocks.TextCell(w.Sum(), group.Name(lang), format: small with { Bold = true }, span: w.Count, shading: GroupShading)));
            foreach (var indicator in indicators)
            {
                var cells = new List<TableCell>
                {
                    Blocks.TextCell(w[0], indicator.Name(lang), format: small),
                    Blocks.TextCell(w[1], indicator.Unit(lang), align: JustificationValues.Center, format: small),
                };
                foreach (var (code, _) in groups)
                {
                    cells.Add(Number(valueWidth, ReportFormat.TableFigure(indicator, FigureOf(summary.Current, code, indicator), lang), small));
                    cells.Add(Number(valueWidth, ReportFormat.TableFigure(indicator, FigureOf(summary.Compare, code, indicator), lang), small));
                }

                table.Append(Blocks.Row(false, [.. cells]));
            }
        }

        return table;
    }

    private static TableRow GroupRow(int[] w, int number, string name) => Blocks.Row(
        false,
        Blocks.TextCell(w[0], Roman(number), align: JustificationValues.Center, format: TextFormat.Strong, shading: GroupShading),
        Blocks.TextCell(w.Skip(1).Sum(), name, format: TextFormat.Strong, span: w.Length - 1, shading: GroupShading));

    private static TableRow IndicatorRow(int[] w, int number, SummaryRow row, Language lang)
    {
        var indicator = row.Indicator;
        var culture = ReportFormat.Culture(lang);
        return Blocks.Row(
            false,
            Blocks.TextCell(w[0], number.ToString(culture), align: JustificationValues.Center),
            Blocks.TextCell(w[1], indicator.Name(lang)),
            Blocks.TextCell(w[2], indicator.Unit(lang), align: JustificationValues.Center),
            Number(w[3], ReportFormat.Value(indicator, row.Value, lang) + (row.Current.IsEstimate ? " (" + ReportFormat.EstimateWord(lang) + ")" : string.Empty)),
            Number(w[4], ReportFormat.Value(indicator, row.CompareValue, lang)),
            Number(w[5], ReportFormat.Change(row, lang)),
            Number(w[6], row.Target is null ? string.Empty : ReportFormat.Value(indicator, row.Target, lang)),
            Number(w[7], row.Attainment is { } a ? ReportFormat.Number(a, 2, lang) : row.Target is null ? string.Empty : "-"),
            Number(w[8], row.Reported.ToString(culture) + "/" + row.Expected.ToString(culture)
                + (row.Current.IsEstimate ? lang.T(", ước ", ", est. ") + row.Current.Estimated.ToString(culture) : string.Empty)));
    }

    private static TableCell Number(int width, string text, TextFormat format = default) => Blocks.TextCell(width, text, align: JustificationValues.Right, format: format);

    private static Figure FigureOf(PeriodAggregate aggregate, string? group, Indicator indicator) =>
        group is null ? aggregate.Province(indicator.Code) : aggregate.Group(group, indicator.Code);

    private static string Roman(int number) => number switch
    {
        1 => "I",
        2 => "II",
        3 => "III",
        4 => "IV",
        5 => "V",
        6 => "VI",
        7 => "VII",
        8 => "VIII",
        9 => "IX",
        10 => "X",
        _ => number.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
