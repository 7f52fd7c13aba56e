using System.Globalization;
using Reporting.Core.Catalog;
using Reporting.Core.Reports;
using Reporting.Core.Summary;
using SkiaSharp;

namespace Reporting.Pdf;

/// <summary>The two tables of the summary: every indicator by group, and the agencies that have not submitted.</summary>
internal static class SummaryTables
{
    public static void Indicators(PdfPageWriter writer, ReportModel model)
    {
        var lang = model.Language;
        var culture = ReportFormat.Culture(lang);
        var summary = model.Summary;
        PdfTableColumn[] columns =
        [
            new(lang.T("Chỉ tiêu", "Indicator"), 128),
            new(lang.T("Đơn vị tính", "Unit"), 56),
            new(ReportFormat.PeriodName(summary.Period, lang).Capitalized(), 58, AlignRight: true),
            new(ReportSentences.SamePeriod(summary, lang).Capitalized(), 58, AlignRight: true),
            new(lang.T("Tăng, giảm", "Change"), 58, AlignRight: true),
            new(lang.T("Kế hoạch ", "Target ") + summary.Period.Year.ToString(CultureInfo.InvariantCulture), 40, AlignRight: true),
            new(lang.T("% kế hoạch", "% of target"), 40, AlignRight: true),
            new(lang.T("Đơn vị báo cáo", "Agencies reporting"), 46, AlignRight: true),
        ];

        var rows = new List<PdfTableRow>();
        foreach (var group in model.Catalog.Groups)
        {
            var members = summary.Rows.Where(r => r.Indicator.Group == group.Code).ToList();
            if (members.Count == 0)
            {
                continue;
            }

            rows.Add(PdfTableRow.Heading(group.Name(lang)));
            rows.AddRange(members.Select(r => new PdfTableRow(
                [
                    r.Indicator.Name(lang),
                    r.Indicator.Unit(lang),
                    ReportFormat.Value(r.Indicator, r.Value, lang) + (r.Current.IsEstimate ? " " + ReportFormat.EstimateWord(lang) : string.Empty),
                    ReportFormat.Value(r.Indicator, r.CompareValue, lang),
                    ReportFormat.Change(r, lang),
                    ReportFormat.Value(r.Indicator, r.Target, lang),
                    r.Attainment is { } a ? ReportFormat.Number(a, 2, lang) + "%" : "-",
                    r.Reported.ToString(culture) + "/" + r.Expected.ToString(culture),
                ],
                Colors: [null, null, null, null, ChangeColor(r), null, null, r.Reported < r.Expected ? PdfPageWriter.Bad : null])));
        }

        writer.Table(columns, rows);
    }

    public static void Missing(PdfPageWriter writer, ReportModel model)
    {
        var lang = model.Language;
        if (model.Missing.Count == 0)
        {
            writer.Paragraph(lang.T("Tất cả các đơn vị đã gửi đủ báo cáo của kỳ.", "Every agency has submitted all reports due for the period."));
            return;
        }

        writer.Paragraph(lang.T(
            $"{model.Missing.Count.ToString(ReportFormat.Culture(lang))} đơn vị chưa gửi đủ báo cáo phải nộp trong kỳ:",
            $"{model.Missing.Count.ToString(ReportFormat.Culture(lang))} agencies have not submitted every report due for the period:"));
        PdfTableColumn[] columns =
        [
            new(lang.T("Đơn vị", "Agency"), 130),
            new(lang.T("Nhóm", "Group"), 90),
            new(lang.T("Kỳ còn thiếu", "Missing periods"), 90),
            new(lang.T("Liên hệ", "Contact"), 200),
        ];
        var rows = model.Missing.Select(m => new PdfTableRow(
            [
                m.Agency.NameIn(lang),
                model.Directory.GroupOf(m.Agency).Name(lang),
                string.Join(", ", m.MissingPeriods.Select(p => p.ToString())),
                m.Agency.Contact ?? "-",
            ])).ToList();
        writer.Table(columns, rows);
    }

    private static SKColor? ChangeColor(SummaryRow row) => row.Change switch
    {
        null or 0 => null,
        var change => (change > 0) == row.Indicator.HigherIsBetter ? PdfPageWriter.Good : PdfPageWriter.Bad,
    };
}
