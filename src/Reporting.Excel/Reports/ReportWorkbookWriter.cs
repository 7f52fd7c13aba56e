using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Reporting.Core.Reports;

namespace Reporting.Excel.Reports;

/// <summary>
/// Writes the report workbook of a <see cref="ReportModel"/>: summary, charts, by agency (both periods), by group,
/// trend, missing submissions and the submitted data, in the model's language.
/// </summary>
public sealed class ReportWorkbookWriter
{
    public void Write(ReportModel model, Stream output)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(output);
        var labels = new ReportLabels(model.Language);

        // ClosedXML writes the formatted sheets and the shells of the large ones; OpenXML then streams the large
        // sheets' rows in and adds the native charts, which ClosedXML 0.95 cannot write.
        using var buffer = new MemoryStream();
        IReadOnlyList<ChartSpec> charts;
        BulkSheet[] bulk;
        using (var workbook = new XLWorkbook())
        {
            SummarySheet.Write(workbook, model, labels);
            bulk =
            [
                AgencySheet.Write(workbook, model, labels, compare: false),
                AgencySheet.Write(workbook, model, labels, compare: true),
            ];
            GroupSheet.Write(workbook, model, labels);
            var trend = TrendSheet.Write(workbook, model, labels);
            MissingSheet.Write(workbook, model, labels);
            bulk = [.. bulk, DataSheet.Write(workbook, model, labels)];

            // The charts sheet comes second for readers but points at the trend sheet's cells, so it is written after it.
            charts = ChartsSheet.Write(workbook, model, labels, trend);
            workbook.Worksheet(labels.ChartsSheet).Position = 2;
            workbook.Worksheet(labels.SummarySheet).SetTabActive();
            workbook.SaveAs(buffer);
        }

        // The charts are small parts: OpenXml adds them, and says where the large sheets' shells and the styles are.
        Dictionary<string, BulkSheet> bulkByEntry;
        string stylesEntry, sharedStringsEntry;
        using (var document = SpreadsheetDocument.Open(buffer, isEditable: true))
        {
            var workbookPart = document.WorkbookPart ?? throw new InvalidOperationException("The saved workbook has no workbook part");
            ChartPartWriter.Add(workbookPart, labels.ChartsSheet, charts);
            bulkByEntry = bulk.ToDictionary(b => EntryOf(SheetPart(workbookPart, b.Name)), StringComparer.Ordinal);
            stylesEntry = EntryOf(workbookPart.WorkbookStylesPart ?? throw new InvalidOperationException("The saved workbook has no styles"));
            sharedStringsEntry = EntryOf(workbookPart.SharedStringTablePart ?? throw new InvalidOperationException("The saved workbook has no shared strings"));
        }

        buffer.Position = 0;
        BulkPackage.Write(buffer, output, bulkByEntry, stylesEntry, sharedStringsEntry);
    }

    private static WorksheetPart SheetPart(WorkbookPart workbookPart, string name)
    {
        var sheet = workbookPart.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault(s => s.Name == name)
            ?? throw new InvalidOperationException($"The saved workbook has no sheet '{name}'");
        return (WorksheetPart)workbookPart.GetPartById(sheet.Id!.Value!);
    }

    private static string EntryOf(OpenXmlPart part) => part.Uri.OriginalString.TrimStart('/');
}
