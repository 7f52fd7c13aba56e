using ClosedXML.Excel;
using Reporting.Core.Aggregation;
using Reporting.Core.Catalog;
using Reporting.Core.Reports;
using Reporting.Core.Summary;

namespace Reporting.Excel.Reports;

/// <summary>Indicators (rows) by agency group and the province (column pairs: this period, same period).</summary>
internal static class GroupSheet
{
    private const int FirstValueColumn = 4;

    public static void Write(XLWorkbook workbook, ReportModel model, ReportLabels labels)
    {
        var summary = model.Summary;
        var w = new SheetWriter(workbook.AddWorksheet(labels.GroupSheet), labels);
        var title = labels.GroupTitle(summary.Period, summary.ComparePeriod);
        var titleRows = w.TitleLines(title, UserText.Neutralise(model.Province.Name(labels.Language)), labels.CompareLine(summary.ComparePeriod));

        var groupRow = titleRows + 2;
        var header = groupRow + 1;
        var groups = model.Directory.Groups.Select(g => (Code: (string?)g.Code, Name: g.Name(labels.Language))).Append((null, labels.Province)).ToList();
        var lastColumn = FirstValueColumn + (groups.Count * 2) - 1;

        SheetWriter.StyleHeader(w.Sheet.Range(groupRow, 1, groupRow, 3));
        w.Header(header, 1, labels.Code);
        w.Header(header, 2, labels.Indicator);
        w.Header(header, 3, labels.Unit);
        for (var g = 0; g < groups.Count; g++)
        {
            var column = FirstValueColumn + (g * 2);
            w.Sheet.Cell(groupRow, column).SetValue(UserText.Neutralise(groups[g].Name));
            var top = w.Sheet.Range(groupRow, column, groupRow, column + 1).Merge();
            SheetWriter.StyleHeader(top);
            w.Header(header, column, labels.ThisPeriod);
            w.Header(header, column + 1, labels.SamePeriod);
        }

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
                row++;
                w.Text(row, 1, indicator.Code);
                w.User(row, 2, indicator.Name(labels.Language));
                w.User(row, 3, indicator.Unit(labels.Language));
                for (var g = 0; g < groups.Count; g++)
                {
                    var column = FirstValueColumn + (g * 2);
                    Value(w, row, column, indicator, Figure(summary.Current, groups[g].Code, indicator));
                    Value(w, row, column + 1, indicator, Figure(summary.Compare, groups[g].Code, indicator));
                }
            }
        }

        // The group names above the column pairs are merged, so they are not counted for the width.
        w.FinishTable(title, groupRow, header, row, lastColumn, frozenColumns: 2, maxWidth: 55);
        var headerLines = groups.Max(g => SheetWriter.LinesFor(g.Name, w.Sheet.Column(FirstValueColumn).Width * 2));
        w.Lines(groupRow, headerLines);
    }

    private static Figure Figure(PeriodAggregate aggregate, string? group, Indicator indicator) =>
        group is null ? aggregate.Province(indicator.Code) : aggregate.Group(group, indicator.Code);

    /// <summary>
    /// "-" where agencies of the group owe the indicator but none reported; empty where the group does not report it,
    /// and for a derived rate whose parts come from other groups (mobile subscribers per 100 people for communes).
    /// </summary>
    private static void Value(SheetWriter w, int row, int column, Indicator indicator, Figure figure) =>
        w.Number(row, column, SummaryBuilder.Shown(indicator, figure.Value), NumberFormats.For(indicator), ReportFormat.IsOwed(indicator, figure) ? SheetWriter.Dash : null);
}
