using ClosedXML.Excel;
using Reporting.Core.Catalog;
using Reporting.Core.Periods;
using Reporting.Excel.Templates;
using Reporting.Testing;

namespace Reporting.Web.Tests;

/// <summary>Submission workbooks as agency staff fill them: the real template with values typed into column D.</summary>
public static class Workbooks
{
    public static byte[] Filled(string agency, string period, IReadOnlyDictionary<string, object> values)
    {
        var template = new MemoryStream();
        new SubmissionTemplateWriter(RepoFiles.Catalog).Write(RepoFiles.Directory[agency], PeriodId.Parse(period), Language.Vietnamese, template);
        template.Position = 0;
        return Fill(template, values);
    }

    /// <summary>Types the values into the rows of their indicator codes (column A), like a person would.</summary>
    public static byte[] Fill(Stream template, IReadOnlyDictionary<string, object> values)
    {
        using var book = new XLWorkbook(template);
        var sheet = book.Worksheet(SubmissionLayout.DataSheet);
        foreach (var row in sheet.RowsUsed())
        {
            var code = row.Cell(SubmissionLayout.CodeColumn).GetString();
            if (values.TryGetValue(code, out var value))
            {
                row.Cell(SubmissionLayout.ValueColumn).Value = value;
            }
            else if (values.TryGetValue(code + "#note", out var note))
            {
                row.Cell(SubmissionLayout.NoteColumn).Value = note;
            }
        }

        var output = new MemoryStream();
        book.SaveAs(output);
        return output.ToArray();
    }

    /// <summary>The value cell of an indicator in a workbook (to name the cell a message must point at), e.g. D7.</summary>
    public static string ValueCellOf(byte[] workbook, string indicator)
    {
        using var book = new XLWorkbook(new MemoryStream(workbook));
        var row = book.Worksheet(SubmissionLayout.DataSheet).RowsUsed().First(r => r.Cell(SubmissionLayout.CodeColumn).GetString() == indicator);
        return row.Cell(SubmissionLayout.ValueColumn).Address.ToString()!;
    }
}
