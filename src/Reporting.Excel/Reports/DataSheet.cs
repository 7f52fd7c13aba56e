using ClosedXML.Excel;
using Reporting.Core.Reports;

namespace Reporting.Excel.Reports;

/// <summary>
/// The submitted values behind every figure of both periods (derived indicators are computed from these), with the
/// submission and file each came from: every number of the report can be traced back to a file and a cell.
/// </summary>
internal static class DataSheet
{
    private const int LastColumn = 10;

    public static BulkSheet Write(XLWorkbook workbook, ReportModel model, ReportLabels labels)
    {
        var w = new SheetWriter(workbook.AddWorksheet(labels.DataSheet), labels);
        var title = labels.DataTitle;
        // Beyond TracedValues.Limit the sheet says how to get the full list.
        var traced = model.DataValues();
        var total = traced.Total;
        var count = traced.Current.Count + traced.Compare.Count;
        string[] lines = [title, labels.PeriodLine(model.Summary.Period), labels.CompareLine(model.Summary.ComparePeriod)];
        var titleRows = w.TitleLines(total > count ? [.. lines, labels.DataTruncated(count, total, model.Summary.Period)] : lines);
        var header = titleRows + 2;
        string[] headers =
        [
            labels.ReportPeriod, labels.AgencyCode, labels.AgencyName, labels.CarriedBy, labels.IndicatorCode,
            labels.SubmissionPeriod, labels.ValueHeader, labels.SubmissionId, labels.SourceFile, labels.Cell,
        ];
        for (var c = 0; c < headers.Length; c++)
        {
            w.Header(header, c + 1, headers[c], wrapAt: 12);
        }

        var files = model.Submissions.ToDictionary(s => s.Id, s => s.SourceFile);
        IEnumerable<BulkCell[]> Rows()
        {
            foreach (var (period, values) in new[] { (model.Summary.Period, traced.Current), (model.Summary.ComparePeriod, traced.Compare) })
            {
                var reportPeriod = period.ToString();
                foreach (var v in values)
                {
                    var agency = model.Directory.Find(v.AgencyCode);
                    var carrier = agency is null ? null : model.Directory.CarriedBy(agency.Code, model.Summary.StructureDate);
                    yield return
                    [
                        BulkCell.Label(reportPeriod),
                        BulkCell.User(v.AgencyCode),
                        BulkCell.User(agency is null ? null : AgencySheet.Name(agency, labels)),
                        carrier is null || carrier.Code == v.AgencyCode ? default : BulkCell.Label(carrier.Code),
                        BulkCell.Label(v.IndicatorCode),
                        BulkCell.Label(v.Period.ToString()),
                        BulkCell.Value(v.Value, NumberFormats.Submitted(model.Catalog[v.IndicatorCode])),
                        BulkCell.Value(v.SubmissionId, "0"),
                        BulkCell.User(v.SourceFile ?? files.GetValueOrDefault(v.SubmissionId)),
                        BulkCell.User(v.Cell),
                    ];
                }
            }
        }

        foreach (var cells in Rows())
        {
            for (var c = 0; c < cells.Length; c++)
            {
                w.Measure(c + 1, cells[c]);
            }
        }

        w.Limit(3, 40);
        w.FinishBulk(title, header, header, header + count, LastColumn, frozenColumns: 0, maxWidth: 50);
        return new BulkSheet(w.Name, header + 1, count, LastColumn, Rows);
    }
}
