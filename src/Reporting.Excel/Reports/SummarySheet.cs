using ClosedXML.Excel;
using Reporting.Core.Reports;
using Reporting.Core.Summary;

namespace Reporting.Excel.Reports;

/// <summary>The summary sheet: every indicator under its group heading, with compare period, change, target and attainment.</summary>
internal static class SummarySheet
{
    public const int CodeColumn = 1;
    public const int NameColumn = 2;
    public const int ValueColumn = 4;
    public const int CompareColumn = 5;
    public const int ChangeColumn = 6;
    public const int LastColumn = 11;

    /// <summary>The column of estimate marks ("ước: 12/130 đơn vị"), there only when some figure is built on estimates.</summary>
    public const int EstimateColumn = 12;

    public static void Write(XLWorkbook workbook, ReportModel model, ReportLabels labels)
    {
        var summary = model.Summary;
        var w = new SheetWriter(workbook.AddWorksheet(labels.SummarySheet), labels);
        var title = labels.Title(summary.Period);
        var lines = new List<string>
        {
            title,
            UserText.Neutralise(model.Province.Name(labels.Language)),
            labels.PeriodLine(summary.Period),
            labels.CompareLine(summary.ComparePeriod),
            labels.IssuedLine(model.IssuedOn),
        };
        if (summary.CompareHasCarriedFigures)
        {
            lines.Add(labels.CarriedNote);
        }

        var estimated = summary.Rows.Any(r => r.Current.IsEstimate);
        if (estimated)
        {
            lines.Add(labels.EstimateNote);
        }

        var header = w.TitleLines([.. lines]) + 2;
        if (summary.CompareHasCarriedFigures)
        {
            w.Sheet.Cell(header - 2, 1).Style.Font.Italic = true;
        }

        string[] headers =
        [
            labels.Code, labels.Indicator, labels.Unit, labels.Value(summary.Period), labels.CompareValue(summary.ComparePeriod),
            labels.Change, labels.ChangeUnitHeader, labels.Target(summary.Period.Year), labels.Attainment, labels.Reported, labels.Expected,
            .. estimated ? [labels.Estimates] : Array.Empty<string>(),
        ];
        var lastColumn = estimated ? EstimateColumn : LastColumn;
        for (var c = 0; c < headers.Length; c++)
        {
            w.Header(header, c + 1, headers[c], wrapAt: c == NameColumn - 1 ? 10 : 14);
        }

        var row = header;
        foreach (var group in model.Catalog.Groups)
        {
            var rows = summary.Rows.Where(r => r.Indicator.Group == group.Code).ToList();
            if (rows.Count == 0)
            {
                continue;
            }

            w.GroupHeading(++row, lastColumn, group.Code, group.Name(labels.Language));
            foreach (var summaryRow in rows)
            {
                Indicator(w, ++row, summaryRow, labels);
            }
        }

        // The names give the marks room, so the sheet still prints one page wide.
        w.FinishTable(title, header, header, row, lastColumn, frozenColumns: 2, maxWidth: estimated ? 40 : 55);
    }

    private static void Indicator(SheetWriter w, int row, SummaryRow r, ReportLabels labels)
    {
        var indicator = r.Indicator;
        var format = NumberFormats.For(indicator);
        w.Text(row, 1, indicator.Code);
        w.User(row, 2, indicator.Name(labels.Language));
        w.User(row, 3, indicator.Unit(labels.Language));
        w.Number(row, ValueColumn, r.Value, format);
        w.Number(row, CompareColumn, r.CompareValue, format);
        w.Number(row, ChangeColumn, r.Change, NumberFormats.For(r.ChangeUnit));
        w.Text(row, 7, r.ChangeUnit == ChangeUnit.PercentagePoints ? labels.PercentagePoints : labels.Percent).Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;

        // No target set: both cells stay empty; a target without a value shows "-" for the attainment.
        w.Number(row, 8, r.Target, format, missing: null);
        w.Number(row, 9, r.Attainment, NumberFormats.Attainment, missing: r.Target is null ? null : SheetWriter.Dash);
        w.Number(row, 10, r.Reported, NumberFormats.Count);
        w.Number(row, 11, r.Expected, NumberFormats.Count);

        // Beside the figure, in words a reader of the printed sheet understands; the value itself stays a number.
        if (r.Current.IsEstimate)
        {
            w.Text(row, EstimateColumn, ReportFormat.EstimateMark(r.Current, labels.Language));
            w.Sheet.Cell(row, ValueColumn).Style.Font.Italic = true;
        }
    }
}
