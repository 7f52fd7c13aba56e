using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
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

        using (var document = SpreadsheetDocument.Open(buffer, isEditable: true))
        {
            var workbookPart = document.WorkbookPart ?? throw new InvalidOperationException("The saved workbook has no workbook part");
            var stylesPart = workbookPart.WorkbookStylesPart ?? throw new InvalidOperationException("The saved workbook has no styles");
            var styles = new BulkStyles(stylesPart.Stylesheet);
            foreach (var sheet in bulk)
            {
                BulkSheetWriter.Fill(workbookPart, sheet, styles);
            }

            stylesPart.Stylesheet.Save();
            ChartPartWriter.Add(workbookPart, labels.ChartsSheet, charts);
        }

        buffer.Position = 0;
        buffer.CopyTo(output);
    }
}
