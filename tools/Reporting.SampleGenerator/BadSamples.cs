using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Reporting.Core.Agencies;
using Reporting.Core.Catalog;
using Reporting.Core.Periods;
using Reporting.Core.Submissions;
using Reporting.Excel.Templates;
using Reporting.Testing;

namespace Reporting.SampleGenerator;

/// <summary>samples/bad/: one small file per reason a submission is rejected, each starting from a good workbook.</summary>
internal sealed class BadSamples(IndicatorCatalog catalog, AgencyDirectory directory)
{
    private static readonly PeriodId Month = PeriodId.Parse("2026-02");

    public int Write(string folder)
    {
        var commune = directory.Agencies.First(a => a.Group == "commune" && a.Frequency == ReportingFrequency.Monthly && a.IsActiveDuring(Month));
        var postal = directory.Agencies.First(a => a.Reports("POST.REVENUE") && a.Frequency == ReportingFrequency.Monthly);
        var quarterly = directory.Agencies.First(a => a.Frequency == ReportingFrequency.Quarterly && a.IsActiveDuring(Month));
        var merged = directory.Agencies.First(a => a.ActiveUntil == new DateOnly(2025, 6, 30) && a.Group == "commune");
        var good = Good(commune, Month);

        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal)
        {
            ["unknown-agency.xlsx"] = Edit(good, s => SetInfo(s, "XYZ999", null)),
            ["malformed-period.xlsx"] = Edit(good, s => SetInfo(s, null, "2026-13")),
            ["period-not-matching-frequency.xlsx"] = Edit(Good(quarterly, PeriodId.Parse("2026-Q1")), s => SetInfo(s, null, "2026-02")),
            ["merged-agency-after-merger.xlsx"] = Edit(good, s => SetInfo(s, merged.Code, null)),
            ["unknown-indicator-code.xlsx"] = Edit(good, s => RowOf(s, "EDOC.SENT").Cell(1).Value = "EDOC.SENDED"),
            ["missing-indicator-row.xlsx"] = Edit(good, s => RowOf(s, "REC.DIRECT").Delete()),
            ["text-in-number-cell.xlsx"] = Edit(good, s => ValueCell(s, "EDOC.SENT").Value = "khoảng 500"),
            ["negative-count.xlsx"] = Edit(good, s => ValueCell(s, "REC.DIRECT").Value = -12),
            ["over-sanity-bound.xlsx"] = Edit(good, s => ValueCell(s, "EDOC.SENT").Value = (double)(catalog["EDOC.SENT"].Max!.Value * 50)),
            ["part-greater-than-whole.xlsx"] = Edit(good, s => ValueCell(s, "EDOC.SIGNED").Value = ValueCell(s, "EDOC.SENT").GetDouble() + 100),
            ["components-not-summing.xlsx"] = Edit(good, s => ValueCell(s, "PROC.TOTAL").Value = ValueCell(s, "PROC.TOTAL").GetDouble() + 7),
            ["duplicated-code.xlsx"] = Edit(good, s => s.Row(s.LastRowUsed().RowNumber() + 1).Cell(1).Value = "EDOC.SENT"),
            ["ambiguous-number.xlsx"] = Edit(Good(postal, Month), s => ValueCell(s, "POST.REVENUE").Value = "1.234"),
            ["header-changed.xlsx"] = Edit(good, s => s.Cell(SubmissionLayout.HeaderRow, SubmissionLayout.ValueColumn).Value = "Số liệu"),
            ["not-a-workbook.xlsx"] = Encoding.UTF8.GetBytes("Kính gửi Sở KH&CN, số liệu tháng 2 như sau: văn bản đi 1.234, văn bản ký số 1.100.\n"),
            ["password-protected.xlsx"] = OleCompoundFile(),
            ["empty.xlsx"] = [],
            ["corrupted-zip.xlsx"] = good[..(good.Length / 2)],
            ["huge-worksheet.xlsx"] = ZipBomb(good),
            ["period-not-begun.xlsx"] = Edit(good, s => SetInfo(s, null, "2099-02")),

            // February's form copied and renamed for March: applied, it would replace the real March report.
            [SubmissionFileName.For(commune.Code, PeriodId.Parse("2026-03"))] = good,
            ["formula-without-value.xlsx"] = FormulaWithoutValue(Edit(good, s => ValueCell(s, "EDOC.SENT").Value = 0), "EDOC.SENT"),
        };

        foreach (var (name, bytes) in files)
        {
            File.WriteAllBytes(Path.Combine(folder, name), bytes);
        }

        return files.Count;
    }

    private byte[] Good(Agency agency, PeriodId period)
    {
        var values = new SyntheticProvince(catalog, directory).ValuesFor(agency, period);
        using var stream = new MemoryStream();
        new SubmissionTemplateWriter(catalog).Write(agency, period, Language.Vietnamese, stream, values);
        return stream.ToArray();
    }

    private static byte[] Edit(byte[] workbook, Action<IXLWorksheet> change)
    {
        using var input = new MemoryStream(workbook);
        using var book = new XLWorkbook(input);
        change(book.Worksheet(SubmissionLayout.DataSheet));
        using var output = new MemoryStream();
        book.SaveAs(output);
        return output.ToArray();
    }

    /// <summary>Changes the agency or period both where people see it and in the hidden metadata.</summary>
    private static void SetInfo(IXLWorksheet sheet, string? agency, string? period)
    {
        var meta = sheet.Workbook.Worksheet(SubmissionLayout.MetaSheet);
        if (agency is not null)
        {
            sheet.Cell(SubmissionLayout.AgencyCell).Value = agency;
            meta.Cell(SubmissionLayout.MetaAgencyCell).Value = agency;
        }

        if (period is not null)
        {
            sheet.Cell(SubmissionLayout.PeriodCell).SetValue(period);
            meta.Cell(SubmissionLayout.MetaPeriodCell).SetValue(period);
        }
    }

    private static IXLRow RowOf(IXLWorksheet sheet, string code) =>
        sheet.RowsUsed().First(r => r.Cell(SubmissionLayout.CodeColumn).GetString() == code);

    private static IXLCell ValueCell(IXLWorksheet sheet, string code) => RowOf(sheet, code).Cell(SubmissionLayout.ValueColumn);

    /// <summary>
    /// The indicator's value cell as openpyxl and some web exporters write a formula: <c>&lt;f&gt;120+80&lt;/f&gt;</c> with an
    /// empty value, never computed.
    /// </summary>
    private static byte[] FormulaWithoutValue(byte[] workbook, string code)
    {
        string cell;
        using (var book = new XLWorkbook(new MemoryStream(workbook)))
        {
            cell = ValueCell(book.Worksheet(SubmissionLayout.DataSheet), code).Address.ToString()!;
        }

        using var stream = new MemoryStream();
        stream.Write(workbook);
        using (var document = SpreadsheetDocument.Open(stream, isEditable: true))
        {
            var workbookPart = document.WorkbookPart!;
            var sheet = workbookPart.Workbook.Sheets!.Elements<Sheet>().First(s => s.Name == SubmissionLayout.DataSheet);
            var part = (WorksheetPart)workbookPart.GetPartById(sheet.Id!);
            string xml;
            using (var reader = new StreamReader(part.GetStream(FileMode.Open, FileAccess.Read)))
            {
                xml = reader.ReadToEnd();
            }

            var pattern = new Regex($"<(?<p>\\w+:)?c r=\"{cell}\"[^>]*?(/>|>.*?</(\\w+:)?c>)", RegexOptions.Singleline | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(5));
            xml = pattern.Replace(
                xml,
                m =>
                {
                    var x = m.Groups["p"].Value; // the namespace prefix the writer used, if any
                    return $"<{x}c r=\"{cell}\"><{x}f>120+80</{x}f><{x}v></{x}v></{x}c>";
                },
                1);
            part.FeedData(new MemoryStream(Encoding.UTF8.GetBytes(xml)));
        }

        return stream.ToArray();
    }

    /// <summary>What Excel writes for an encrypted workbook: an OLE compound file, not a zip.</summary>
    private static byte[] OleCompoundFile()
    {
        var bytes = new byte[4096];
        byte[] signature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        signature.CopyTo(bytes, 0);
        Encoding.Unicode.GetBytes("EncryptedPackage").CopyTo(bytes, 1024);
        return bytes;
    }

    /// <summary>A good workbook whose worksheet is replaced by 60 MB of rows that compress to almost nothing.</summary>
    private static byte[] ZipBomb(byte[] workbook)
    {
        using var stream = new MemoryStream();
        stream.Write(workbook);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.Entries.First(e => e.FullName.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal));
            var name = entry.FullName;
            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.SmallestSize).Open(), new UTF8Encoding(false));
            writer.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
            var row = "<row><c t=\"inlineStr\"><is><t>EDOC.SENT</t></is></c><c><v>1</v></c></row>";
            for (var i = 0; i < 60_000_000 / row.Length; i++)
            {
                writer.Write(row);
            }

            writer.Write("</sheetData></worksheet>");
        }

        return stream.ToArray();
    }
}
