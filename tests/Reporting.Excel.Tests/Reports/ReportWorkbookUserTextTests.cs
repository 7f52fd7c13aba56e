using ClosedXML.Excel;
using DocumentFormat.OpenXml.Spreadsheet;
using Reporting.Core.Agencies;
using Reporting.Testing;

namespace Reporting.Excel.Tests.Reports;

/// <summary>Text that came from users is never something a spreadsheet would evaluate.</summary>
public class ReportWorkbookUserTextTests
{
    private const string HostileName = "=cmd|' /C calc'!A0";
    private const string HostileContact = "+84 912 345 678";
    private const string HostileProvince = "@SUM(A1:A9)";
    private const string HostileFile = "-2+3.xlsx";

    private static readonly Lazy<byte[]> Bytes = new(() =>
    {
        var model = ReportModelFixture.Build();
        var target = model.Missing.First(m => m.Agency.Group == "department").Agency;
        var hostile = target with { Name = HostileName, Contact = HostileContact };
        var directory = new AgencyDirectory(
            model.Province with { NameVi = HostileProvince },
            model.Directory.Groups,
            model.Directory.Agencies.Select(a => a.Code == target.Code ? hostile : a).ToList());
        var missing = model.Missing.Select(m => m.Agency.Code == target.Code ? m with { Agency = hostile } : m).ToList();
        var submissions = model.Submissions.Select((s, i) => i == 0 ? s with { SourceFile = HostileFile } : s).ToList();
        return WrittenWorkbook.Write(model with { Directory = directory, Missing = missing, Submissions = submissions });
    });

    [Theory]
    [InlineData(HostileName)]
    [InlineData(HostileContact)]
    [InlineData(HostileProvince)]
    [InlineData(HostileFile)]
    public void UserText_StartingWithAFormulaSign_IsWrittenAsNeutralisedText(string text)
    {
        using var xml = new OpenXmlWorkbook(Bytes.Value);
        var found = xml.SheetNames.SelectMany(s => xml.AllCells(s).Select(c => (Sheet: s, Cell: c))).Where(x => xml.Text(x.Cell)?.Contains(text, StringComparison.Ordinal) == true).ToList();
        Assert.NotEmpty(found);
        foreach (var (sheet, cell) in found)
        {
            Assert.Equal("'" + text, xml.Text(cell));
            Assert.Contains(cell.DataType!.Value, new[] { CellValues.SharedString, CellValues.InlineString });
            Assert.Null(cell.CellFormula);
        }

        using var xl = new XLWorkbook(new MemoryStream(Bytes.Value));
        foreach (var (sheet, cell) in found)
        {
            var read = xl.Worksheet(sheet).Cell(cell.CellReference!.Value!);
            Assert.False(read.HasFormula);
            Assert.Equal(XLDataType.Text, read.DataType);
            Assert.False("=+-@".Contains(read.GetString()[0], StringComparison.Ordinal), read.GetString());
        }
    }

    [Fact]
    public void Workbook_HasNoFormulaAnywhere()
    {
        using var xml = new OpenXmlWorkbook(Bytes.Value);
        Assert.All(xml.SheetNames, sheet => Assert.Empty(xml.Part(sheet).Worksheet.Descendants<CellFormula>()));
    }

    [Fact]
    public void HostileAgency_IsListedAsMissing_WithItsNeutralisedNameAndContact()
    {
        using var xl = new XLWorkbook(new MemoryStream(Bytes.Value));
        var ws = xl.Worksheet("Chưa báo cáo");
        var row = ws.Column(2).CellsUsed().Single(c => c.GetString() == "'" + HostileName).Address.RowNumber;
        Assert.Equal("'" + HostileContact, ws.Cell(row, 6).GetString());
    }
}
