using ClosedXML.Excel;
using Reporting.Core.Reports;

namespace Reporting.Excel.Reports;

/// <summary>Agencies that owe submissions for the period, with the periods missing and whom to call.</summary>
internal static class MissingSheet
{
    private const int LastColumn = 6;

    public static void Write(XLWorkbook workbook, ReportModel model, ReportLabels labels)
    {
        var w = new SheetWriter(workbook.AddWorksheet(labels.MissingSheet), labels);
        var title = labels.MissingTitle(model.Summary.Period);
        var titleRows = w.TitleLines(title, UserText.Neutralise(model.Province.Name(labels.Language)));
        var header = titleRows + 2;
        string[] headers = [labels.AgencyCode, labels.AgencyName, labels.Group, labels.MissingCount, labels.MissingPeriods, labels.Contact];
        for (var c = 0; c < headers.Length; c++)
        {
            w.Header(header, c + 1, headers[c], wrapAt: 12);
        }

        var row = header;
        foreach (var missing in model.Missing)
        {
            row++;
            var agency = missing.Agency;
            w.Text(row, 1, agency.Code);
            w.User(row, 2, AgencySheet.Name(agency, labels));
            w.User(row, 3, model.Directory.GroupOf(agency).Name(labels.Language));
            w.Number(row, 4, missing.MissingPeriods.Count, NumberFormats.Count);
            w.Text(row, 5, string.Join("; ", missing.MissingPeriods.Select(labels.Period)));
            w.User(row, 6, agency.Contact);
        }

        if (model.Missing.Count == 0)
        {
            w.Text(++row, 1, labels.NoneMissing, countWidth: false);
        }

        w.FinishTable(title, header, header, row, LastColumn, frozenColumns: 2, maxWidth: 50);
    }
}
