using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Reporting.Core.Submissions;
using Reporting.Excel.Import;
using Reporting.Excel.Tests.Submissions;

namespace Reporting.Excel.Tests.Import;

public sealed class FileRejectionTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Import_MissingFile_IsOneIssue()
    {
        var parsed = Read(folder.File("nowhere.xlsx"));

        var issue = Assert.Single(parsed.Issues);
        Assert.Equal("nowhere.xlsx: the file does not exist", issue.ToString());
        Assert.Empty(parsed.Values);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Import_EmptyName_SaysNoFileWasNamed(string name)
    {
        var issue = Assert.Single(Read(name).Issues);
        Assert.Equal("(empty name): no file was named: the argument is empty", issue.ToString());
    }

    [Fact]
    public void Import_EmptyFile_IsOneIssue()
    {
        var path = folder.File("empty.xlsx");
        File.WriteAllBytes(path, []);

        var issue = Assert.Single(Read(path).Issues);
        Assert.Equal("empty.xlsx: the file is empty (0 bytes)", issue.ToString());
    }

    [Fact]
    public void Import_TextFileRenamedXlsx_SaysItIsNotAWorkbook()
    {
        var path = folder.File("notes.xlsx");
        File.WriteAllText(path, "Số liệu quý 1: 1.234 hồ sơ");

        var issue = Assert.Single(Read(path).Issues);
        Assert.StartsWith("notes.xlsx: this is not an Excel workbook", issue.ToString(), StringComparison.Ordinal);
        Assert.Contains("renamed", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_PdfRenamedXlsx_SaysItIsAPdf()
    {
        var path = folder.File("report.xlsx");
        File.WriteAllText(path, "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n");

        var issue = Assert.Single(Read(path).Issues);
        Assert.Equal("report.xlsx: this is a PDF document, not an Excel workbook: send the .xlsx file", issue.ToString());
    }

    [Fact]
    public void Import_EncryptedWorkbook_AsksForAnXlsxWithoutPassword()
    {
        // An encrypted .xlsx (like an old .xls) is an OLE compound file.
        var path = folder.File("locked.xlsx");
        File.WriteAllBytes(path, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504]]);

        var issue = Assert.Single(Read(path).Issues);
        Assert.Equal("locked.xlsx: password-protected or old .xls format: save as .xlsx without a password", issue.ToString());
    }

    [Fact]
    public void Import_TruncatedWorkbook_SaysTheFileIsDamaged()
    {
        var path = SubmissionWorkbooks.Template(folder, "cut.xlsx");
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);

        var issue = Assert.Single(Read(path).Issues);
        Assert.StartsWith("cut.xlsx: the file is damaged", issue.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Import_WorkbookWithGarbledSheet_SaysTheWorkbookIsDamaged()
    {
        var path = folder.File("garbled.xlsx");
        using (var zip = ZipFile.Open(SubmissionWorkbooks.Template(folder, "good.xlsx"), ZipArchiveMode.Read))
        using (var output = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            foreach (var entry in zip.Entries)
            {
                using var target = output.CreateEntry(entry.FullName).Open();
                if (entry.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal))
                {
                    target.Write("<worksheet><sheetData><row><c"u8);
                }
                else
                {
                    entry.Open().CopyTo(target);
                }
            }
        }

        var parsed = Read(path);

        var issue = Assert.Single(parsed.Issues);
        Assert.StartsWith("garbled.xlsx: the workbook is damaged and cannot be read", issue.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Import_ZipThatIsNotAWorkbook_SaysSo()
    {
        var path = folder.File("photos.xlsx");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        using (var writer = new StreamWriter(zip.CreateEntry("readme.txt").Open()))
        {
            writer.Write("hello");
        }

        var issue = Assert.Single(Read(path).Issues);
        Assert.Contains("zip archive but not an Excel workbook", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_FileLargerThan20MB_StatesTheLimit()
    {
        var path = folder.File("huge.xlsx");
        using (var stream = File.Create(path))
        {
            stream.SetLength((21L * 1024 * 1024) + 1);
        }

        var issue = Assert.Single(Read(path).Issues);
        Assert.Contains("the file is 21 MB, more than the 20 MB limit", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_ZipBomb_StatesThePartLimit_WithoutUnpackingIt()
    {
        // 51 MB of spaces compress to a few dozen kilobytes.
        var path = folder.File("bomb.xlsx");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            using (var types = zip.CreateEntry("[Content_Types].xml").Open())
            {
                types.Write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"u8);
            }

            using var sheet = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open();
            var spaces = new byte[1024 * 1024];
            Array.Fill(spaces, (byte)' ');
            for (var i = 0; i < 51; i++)
            {
                sheet.Write(spaces);
            }
        }

        Assert.True(new FileInfo(path).Length < 1024 * 1024);
        var issue = Assert.Single(Read(path).Issues);
        Assert.Equal("bomb.xlsx: 'xl/worksheets/sheet1.xml' unpacks to 51 MB, more than the 50 MB limit: the file is damaged or is not a real report form", issue.ToString());
    }

    [Fact]
    public void Import_PartsUnderTheLimitThatPackLikeABomb_StateTheRatio()
    {
        // 20 MB of spaces (under the 50 MB part limit) pack to about 20 KB: a thousand to one.
        var path = folder.File("ratio.xlsx");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            using (var types = zip.CreateEntry("[Content_Types].xml").Open())
            {
                types.Write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"u8);
            }

            using var sheet = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open();
            var spaces = new byte[1024 * 1024];
            Array.Fill(spaces, (byte)' ');
            for (var i = 0; i < 20; i++)
            {
                sheet.Write(spaces);
            }
        }

        var issue = Assert.Single(Read(path).Issues);
        Assert.Matches(@"^ratio\.xlsx: the file unpacks to 20 MB, [0-9,]+ times its packed size \(more than 100 times is refused\): the file is damaged or is not a real report form$", issue.ToString());
        Assert.StartsWith("tệp giải nén ra 20 MB, gấp", issue.MessageVi, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_SheetWithMoreThan10000Rows_StatesTheRowLimit()
    {
        var path = SubmissionWorkbooks.Template(folder, "long.xlsx");
        SubmissionWorkbooks.EditSheetXml(path, xml =>
        {
            var rows = new StringBuilder();
            for (var row = 100; row < 10_100; row++)
            {
                rows.Append("<x:row r=\"").Append(row).Append("\"><x:c r=\"F").Append(row).Append("\"><x:v>1</x:v></x:c></x:row>");
            }

            return xml.Replace("</x:sheetData>", rows + "</x:sheetData>", StringComparison.Ordinal);
        });

        var issue = Assert.Single(Read(path).Issues);
        Assert.Equal("long.xlsx, sheet 'Data': the sheet has more than 10,000 rows with content (the limit): a report form has a few dozen", issue.ToString());
        Assert.Equal("trang tính có hơn 10.000 dòng có nội dung (giới hạn): một biểu mẫu báo cáo chỉ vài chục dòng", issue.MessageVi);
    }

    [Fact]
    public void Import_ValidFormWith100000EmptyFormattedRows_IsRead()
    {
        // A border or fill dragged down the columns makes Excel write every row, each cell styled and empty.
        var path = SubmissionWorkbooks.Template(folder, "formatted.xlsx", values: new Dictionary<string, decimal?> { ["EDOC.SENT"] = 4321 });
        SubmissionWorkbooks.EditSheetXml(path, xml =>
        {
            var rows = new StringBuilder();
            for (var row = 100; row < 100_100; row++)
            {
                rows.Append("<x:row r=\"").Append(row).Append("\" spans=\"1:5\" s=\"1\" customFormat=\"1\">");
                foreach (var column in "ABCDE")
                {
                    rows.Append("<x:c r=\"").Append(column).Append(row).Append("\" s=\"1\"/>");
                }

                rows.Append("</x:row>");
            }

            return xml.Replace("</x:sheetData>", rows + "</x:sheetData>", StringComparison.Ordinal);
        });

        var parsed = Read(path);

        Assert.Empty(parsed.Issues);
        Assert.Equal("VPUBND", parsed.AgencyCode);
        Assert.Equal(4321m, parsed.Values.Single(v => v.IndicatorCode == "EDOC.SENT").Value);
    }

    [Fact]
    public void Import_OpenDocumentSpreadsheet_AsksForXlsx()
    {
        var path = folder.File("report.ods");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            foreach (var name in new[] { "mimetype", "content.xml" })
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write(name == "mimetype" ? "application/vnd.oasis.opendocument.spreadsheet" : "<office:document-content/>");
            }
        }

        var issue = Assert.Single(Read(path).Issues);
        Assert.Contains("OpenDocument spreadsheet (.ods)", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_UnknownExtension_NamesTheAcceptedFormats()
    {
        var path = folder.File("report.docx.txt");
        File.WriteAllText(path, "Báo cáo tháng 2: văn bản đi 1.234, văn bản ký số 1.100");

        var issue = Assert.Single(Read(path).Issues);
        Assert.Equal("report.docx.txt: '.txt' files are not accepted: send an Excel .xlsx workbook or a .csv file", issue.ToString());
    }

    [Fact]
    public void Import_Sha256_IsTheHashOfTheFileBytes_InLowerCaseHex()
    {
        var path = SubmissionWorkbooks.Template(folder);
        var expected = string.Concat(SHA256.HashData(File.ReadAllBytes(path)).Select(b => b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(expected, Read(path).Sha256);
    }

    [Fact]
    public void Import_DisplayName_IsUsedInMessages()
    {
        var parsed = new SubmissionFileReader(RepositoryFiles.Catalog).Read(folder.File("x.xlsx"), "upload 7 (x.xlsx)");

        Assert.Equal("upload 7 (x.xlsx)", parsed.SourceFile);
        Assert.StartsWith("upload 7 (x.xlsx): ", Assert.Single(parsed.Issues).ToString(), StringComparison.Ordinal);
    }

    private static ParsedSubmission Read(string path) => new SubmissionFileReader(RepositoryFiles.Catalog).Read(path);
}
