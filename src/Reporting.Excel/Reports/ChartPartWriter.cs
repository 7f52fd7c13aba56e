using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using Xdr = DocumentFormat.OpenXml.Drawing.Spreadsheet;

namespace Reporting.Excel.Reports;

/// <summary>
/// Adds native charts to a workbook ClosedXML has saved (ClosedXML 0.95 writes no charts): a drawing part on the
/// charts sheet, one chart part per chart, and the sheet's &lt;drawing&gt; reference in its schema position.
/// </summary>
internal static class ChartPartWriter
{
    private const string ChartUri = "http://schemas.openxmlformats.org/drawingml/2006/chart";

    public static void Add(WorkbookPart workbookPart, string sheetName, IReadOnlyList<ChartSpec> charts)
    {
        if (charts.Count == 0)
        {
            return;
        }

        var sheet = workbookPart.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault(s => s.Name == sheetName)
            ?? throw new InvalidOperationException($"The saved workbook has no sheet '{sheetName}'");
        var worksheetPart = (WorksheetPart)workbookPart.GetPartById(sheet.Id!.Value!);

        var drawingsPart = worksheetPart.AddNewPart<DrawingsPart>();
        var drawing = new Xdr.WorksheetDrawing();
        drawing.AddNamespaceDeclaration("xdr", "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing");
        drawing.AddNamespaceDeclaration("a", "http://schemas.openxmlformats.org/drawingml/2006/main");
        var shapeId = 2u;
        foreach (var chart in charts)
        {
            var chartPart = drawingsPart.AddNewPart<ChartPart>();
            chartPart.ChartSpace = ChartXml.Build(chart);
            drawing.Append(Anchor(chart, drawingsPart.GetIdOfPart(chartPart), shapeId++));
        }

        drawingsPart.WorksheetDrawing = drawing;
        Reference(worksheetPart.Worksheet, worksheetPart.GetIdOfPart(drawingsPart));
    }

    private static Xdr.TwoCellAnchor Anchor(ChartSpec chart, string relationshipId, uint shapeId)
    {
        var at = chart.Anchor;
        return new Xdr.TwoCellAnchor(
            Marker(new Xdr.FromMarker(), at.FromColumn, at.FromColumnOffset, at.FromRow),
            Marker(new Xdr.ToMarker(), at.ToColumn, at.ToColumnOffset, at.ToRow),
            new Xdr.GraphicFrame(
                new Xdr.NonVisualGraphicFrameProperties(
                    new Xdr.NonVisualDrawingProperties { Id = shapeId, Name = chart.Title },
                    new Xdr.NonVisualGraphicFrameDrawingProperties()),
                new Xdr.Transform(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = 0, Cy = 0 }),
                new A.Graphic(new A.GraphicData(new C.ChartReference { Id = relationshipId }) { Uri = ChartUri }))
            { Macro = string.Empty },
            new Xdr.ClientData())
        { EditAs = Xdr.EditAsValues.OneCell };
    }

    private static T Marker<T>(T marker, int column, long columnOffset, int row)
        where T : OpenXmlCompositeElement
    {
        marker.Append(
            new Xdr.ColumnId(column.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new Xdr.ColumnOffset(columnOffset.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new Xdr.RowId(row.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new Xdr.RowOffset("0"));
        return marker;
    }

    /// <summary>&lt;drawing&gt; must precede the sheet's legacy drawings, table parts and extensions.</summary>
    private static void Reference(Worksheet worksheet, string relationshipId)
    {
        var drawing = new Drawing { Id = relationshipId };
        var next = worksheet.ChildElements.FirstOrDefault(e =>
            e is LegacyDrawing or LegacyDrawingHeaderFooter or DrawingHeaderFooter or Picture or OleObjects or Controls
                or WebPublishItems or TableParts or WorksheetExtensionList);
        if (next is null)
        {
            worksheet.Append(drawing);
        }
        else
        {
            worksheet.InsertBefore(drawing, next);
        }
    }
}
