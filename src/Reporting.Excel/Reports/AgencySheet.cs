using ClosedXML.Excel;
using Reporting.Core.Agencies;
using Reporting.Core.Catalog;
using Reporting.Core.Reports;
using Reporting.Core.Submissions;
using Reporting.Core.Summary;

namespace Reporting.Excel.Reports;

/// <summary>
/// Agencies (rows) by indicators (columns) for one period. The compare period is shown with today's agencies: a
/// successor carries its predecessors' figures, and a column names the predecessors carried.
/// </summary>
internal static class AgencySheet
{
    private const int FirstIndicatorColumn = 4;

    public static BulkSheet Write(XLWorkbook workbook, ReportModel model, ReportLabels labels, bool compare)
    {
        var summary = model.Summary;
        var aggregate = compare ? summary.Compare : summary.Current;
        var period = compare ? summary.ComparePeriod : summary.Period;
        var w = new SheetWriter(workbook.AddWorksheet(compare ? labels.AgencyCompareSheet : labels.AgencySheet), labels);
        var title = labels.AgencyTitle(period);
        var titleRows = compare
            ? w.TitleLines(title, UserText.Neutralise(model.Province.Name(labels.Language)), labels.CompareStructureNote(period, summary.StructureDate))
            : w.TitleLines(title, UserText.Neutralise(model.Province.Name(labels.Language)));

        var codeRow = titleRows + 2;
        var nameRow = codeRow + 1;
        var indicators = model.Catalog.Indicators;
        var carriedColumn = FirstIndicatorColumn + indicators.Count;
        var lastColumn = compare ? carriedColumn : carriedColumn - 1;

        // Labels of the first columns sit on the filter row; no merged header cells, so sorting and filtering work.
        SheetWriter.StyleHeader(w.Sheet.Range(codeRow, 1, codeRow, 3));
        w.Header(nameRow, 1, labels.AgencyCode);
        w.Header(nameRow, 2, labels.AgencyName);
        w.Header(nameRow, 3, labels.Group);
        for (var i = 0; i < indicators.Count; i++)
        {
            var indicator = indicators[i];
            w.Header(codeRow, FirstIndicatorColumn + i, indicator.Code, wrapAt: indicator.Code.Length);
            w.Measure(FirstIndicatorColumn + i, indicator.Code.Length * 1.2); // bold capitals are wider than digits
            w.Header(nameRow, FirstIndicatorColumn + i, UserText.Neutralise($"{indicator.Name(labels.Language)} ({indicator.Unit(labels.Language)})"), wrapAt: 12);
        }

        if (compare)
        {
            SheetWriter.StyleHeader(w.Sheet.Range(codeRow, carriedColumn, codeRow, carriedColumn));
            w.Header(nameRow, carriedColumn, labels.CarriedFrom, wrapAt: 20);
        }

        var agencies = Rows(model, aggregate);
        BulkCell[] Row(Agency agency)
        {
            var cells = new BulkCell[lastColumn];
            cells[0] = BulkCell.Label(agency.Code);
            cells[1] = BulkCell.User(Name(agency, labels));
            cells[2] = BulkCell.User(model.Directory.GroupOf(agency).Name(labels.Language));
            for (var i = 0; i < indicators.Count; i++)
            {
                var indicator = indicators[i];
                var figure = aggregate.Agency(agency.Code, indicator.Code);

                // "-" where the agency owes the figure and has none; empty where it does not report the indicator.
                var owes = agency.Reports(indicator.Code) || figure.Expected > 0;
                cells[FirstIndicatorColumn - 1 + i] = BulkCell.Value(SummaryBuilder.Shown(indicator, figure.Value), NumberFormats.AgencyFigure(indicator, labels.Language), owes ? SheetWriter.Dash : null);
            }

            if (compare)
            {
                var carried = aggregate.CarriedInto(agency.Code)
                    .Select(code => model.Directory.Find(code) is { } old ? $"{old.Code} {Name(old, labels)}" : code);
                cells[carriedColumn - 1] = BulkCell.User(string.Join("; ", carried));
            }

            return cells;
        }

        // Made once (thousands of rows of dozens of cells: a few megabytes), measured, then streamed.
        var rows = agencies.Select(Row).ToList();
        foreach (var cells in rows)
        {
            for (var c = 0; c < cells.Length; c++)
            {
                w.Measure(c + 1, cells[c]);
            }
        }

        // Names and groups are cut off on screen rather than wrapped: a matrix reads best with one line per agency.
        w.Limit(2, 40);
        w.Limit(3, 20);
        w.FinishBulk(title, codeRow, nameRow, nameRow + agencies.Count, lastColumn, frozenColumns: 2, maxWidth: 50);
        return new BulkSheet(w.Name, nameRow + 1, agencies.Count, lastColumn, () => rows);
    }

    /// <summary>
    /// Agencies with figures in the period (or in <paramref name="shown"/>: last year's, by today's structure, includes
    /// agencies closed since without a successor) plus those that owed a submission, each as it stood at the period's
    /// end (a merged agency appears as its successor), by group and in directory order.
    /// </summary>
    private static IReadOnlyList<Agency> Rows(ReportModel model, Core.Aggregation.PeriodAggregate shown)
    {
        var summary = model.Summary;
        var period = summary.Period;
        var codes = summary.Current.Agencies
            .Concat(shown.Agencies)
            .Concat(model.Directory.ActiveDuring(period)
                .Where(a => SubmissionSchedule.Owed(a, period).Count > 0)
                .Select(a => model.Directory.CarriedBy(a.Code, summary.StructureDate).Code))
            .ToHashSet(StringComparer.Ordinal);
        var groupOrder = model.Directory.Groups.Select((g, i) => (g.Code, i)).ToDictionary(p => p.Code, p => p.i, StringComparer.Ordinal);
        return model.Directory.Agencies
            .Where(a => codes.Contains(a.Code))
            .OrderBy(a => groupOrder.GetValueOrDefault(a.Group, int.MaxValue))
            .ToList();
    }

    public static string Name(Agency agency, ReportLabels labels) =>
        labels.Language == Language.English ? agency.NameEn ?? agency.Name : agency.Name;
}
