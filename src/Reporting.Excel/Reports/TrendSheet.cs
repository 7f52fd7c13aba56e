using ClosedXML.Excel;
using Reporting.Core.Reports;
using Reporting.Core.Summary;

namespace Reporting.Excel.Reports;

/// <summary>Indicators (rows) over the trend periods (columns), oldest first; the trend charts read their series here.</summary>
internal static class TrendSheet
{
    public const int FirstPeriodColumn = 4;

    /// <summary>Writes the sheet and returns where each indicator's row is, for the charts.</summary>
    public static TrendLayout Write(XLWorkbook workbook, ReportModel model, ReportLabels labels)
    {
        var w = new SheetWriter(workbook.AddWorksheet(labels.TrendSheet), labels);
        var title = labels.TrendTitle(model.Trend.Count);
        var titleRows = w.TitleLines(title, UserText.Neutralise(model.Province.Name(labels.Language)));
        var header = titleRows + 2;
        var lastColumn = FirstPeriodColumn + model.Trend.Count - 1;

        w.Header(header, 1, labels.Code);
        w.Header(header, 2, labels.Indicator);
        w.Header(header, 3, labels.Unit);
        for (var p = 0; p < model.Trend.Count; p++)
        {
            w.Header(header, FirstPeriodColumn + p, labels.Period(model.Trend[p].Period), wrapAt: 12);
        }

        var rows = new Dictionary<string, int>(StringComparer.Ordinal);
        var row = header;
        foreach (var group in model.Catalog.Groups)
        {
            var indicators = model.Catalog.Indicators.Where(i => i.Group == group.Code).ToList();
            if (indicators.Count == 0)
            {
                continue;
            }

            w.GroupHeading(++row, lastColumn, group.Code, group.Name(labels.Language));
            foreach (var indicator in indicators)
            {
                rows[indicator.Code] = ++row;
                w.Text(row, 1, indicator.Code);
                w.User(row, 2, indicator.Name(labels.Language));
                w.User(row, 3, indicator.Unit(labels.Language));
                for (var p = 0; p < model.Trend.Count; p++)
                {
                    // Empty, not "-", where a period has no figure: a line chart plots text as zero but leaves a gap for an empty cell.
                    var value = SummaryBuilder.Shown(indicator, model.Trend[p].Province(indicator.Code).Value);
                    w.Number(row, FirstPeriodColumn + p, value, NumberFormats.For(indicator), missing: null);
                }
            }
        }

        w.FinishTable(title, header, header, row, lastColumn, frozenColumns: 2, maxWidth: 55);
        return new TrendLayout(w.Name, header, FirstPeriodColumn, lastColumn, rows);
    }
}
