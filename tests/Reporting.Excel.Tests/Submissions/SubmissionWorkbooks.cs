using System.Text.RegularExpressions;
using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Reporting.Core.Catalog;
using Reporting.Core.Periods;
using Reporting.Excel.Templates;

namespace Reporting.Excel.Tests.Submissions;

/// <summary>Builds submission workbooks for tests: a real template, then edited with ClosedXML or at the XML level.</summary>
internal static class SubmissionWorkbooks
{
    public static string Template(
        TempFolder folder,
        string name = "submission.xlsx",
        string agency = "VPUBND",
        string period = "2026-Q1",
        IReadOnlyDictionary<string, decimal?>? values = null,
        Language language = Language.Vietnamese,
        IReadOnlyDictionary<string, string>? notes = null)
    {
        var path = folder.File(name);
        using var output = File.Create(path);
        new SubmissionTemplateWriter(RepositoryFiles.Catalog)
            .Write(RepositoryFiles.Agencies[agency], PeriodId.Parse(period), language, output, values, notes);
        return path;
    }

    /// <summary>Opens the workbook with ClosedXML, lets <paramref name="edit"/> change it and saves it.</summary>
    public static void Edit(string path, Action<XLWorkbook> edit)
    {
        using var workbook = new XLWorkbook(path);
        edit(workbook);
        workbook.Save();
    }

    /// <summary>The row of an indicator code in column A of the Data sheet.</summary>
    public static int RowOf(IXLWorksheet sheet, string code) =>
        sheet.Column(1).CellsUsed().First(c => c.GetString() == code).Address.RowNumber;

    /// <summary>Appends an indicator row after the last used row of the Data sheet; returns its row number.</summary>
    public static int AppendRow(IXLWorksheet sheet, string code)
    {
        var row = sheet.LastRowUsed().RowNumber() + 1;
        sheet.Cell(row, 1).SetValue(code);
        return row;
    }

    /// <summary>Replaces one cell of the Data sheet by raw XML, e.g. a formula with its cached value.</summary>
    public static void ReplaceCell(string path, string cell, string attributes, string inner) =>
        EditSheetXml(path, xml =>
        {
            var match = CellPattern(cell).Match(xml);
            var prefix = match.Success ? match.Groups["p"].Value : throw new InvalidOperationException($"cell {cell} not found");
            var prefixed = Regex.Replace(inner, "<(/?)([a-z])", "<$1" + prefix + "$2");
            return xml[..match.Index] + $"<{prefix}c r=\"{cell}\" {attributes}>{prefixed}</{prefix}c>" + xml[(match.Index + match.Length)..];
        });

    /// <summary>Rewrites the XML of the Data sheet.</summary>
    public static void EditSheetXml(string path, Func<string, string> edit)
    {
        using var document = SpreadsheetDocument.Open(path, isEditable: true);
        var workbookPart = document.WorkbookPart!;
        var sheet = workbookPart.Workbook.Sheets!.Elements<Sheet>().First(s => s.Name == SubmissionLayout.DataSheet);
        var part = (WorksheetPart)workbookPart.GetPartById(sheet.Id!);
        string xml;
        using (var reader = new StreamReader(part.GetStream(FileMode.Open, FileAccess.Read)))
        {
            xml = reader.ReadToEnd();
        }

        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(edit(xml)));
        part.FeedData(stream);
    }

    private static Regex CellPattern(string cell) =>
        new($"<(?<p>\\w+:)?c r=\"{cell}\"[^>]*?(/>|>.*?</(\\w+:)?c>)", RegexOptions.Singleline | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(5));
}
