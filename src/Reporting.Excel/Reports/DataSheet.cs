using ClosedXML.Excel;
using Reporting.Core.Periods;
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
        // One row buffer, refilled: both readers (widths, then the streamed sheet) take each row before the next.
        IEnumerable<BulkCell[]> Rows()
        {
            var row = new BulkCell[LastColumn];
            var periodTexts = new Dictionary<PeriodId, string>();
            foreach (var (period, values) in new[] { (model.Summary.Period, traced.Current), (model.Summary.ComparePeriod, traced.Compare) })
            {
                var reportPeriod = period.ToString();
                foreach (var v in values)
                {
                    var agency = model.Directory.Find(v.AgencyCode);
                    var carrier = agency is null ? null : model.Directory.CarriedBy(agency.Code, model.Summary.StructureDate);
                    if (!periodTexts.TryGetValue(v.Period, out var submittedFor))
                    {
                        submittedFor = periodTexts[v.Period] = v.Period.ToString();
                    }

                    row[0] = BulkCell.Label(reportPeriod);
                    row[1] = BulkCell.User(v.AgencyCode);
                    row[2] = BulkCell.User(agency is null ? null : AgencySheet.Name(agency, labels));
                    row[3] = carrier is null || carrier.Code == v.AgencyCode ? default : BulkCell.Label(carrier.Code);
                    row[4] = BulkCell.Label(v.IndicatorCode);
                    row[5] = BulkCell.Label(submittedFor);
                    row[6] = BulkCell.Value(v.Value, NumberFormats.Submitted(model.Catalog[v.IndicatorCode], labels.Language));
                    row[7] = BulkCell.Value(v.SubmissionId, "0");
                    row[8] = BulkCell.User(v.SourceFile ?? files.GetValueOrDefault(v.SubmissionId));
                    row[9] = BulkCell.User(v.Cell);
                    yield return row;
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
