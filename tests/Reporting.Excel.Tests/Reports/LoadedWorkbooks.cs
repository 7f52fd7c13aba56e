using ClosedXML.Excel;
using Reporting.Core.Catalog;

namespace Reporting.Excel.Tests.Reports;

/// <summary>The fixture workbooks (Vietnamese and English, 2026-H1) loaded once per test class by both readers.</summary>
public sealed class LoadedWorkbooks : IDisposable
{
    private readonly Lazy<XLWorkbook> vietnamese = new(() => new XLWorkbook(new MemoryStream(WrittenWorkbook.Bytes(Language.Vietnamese))));
    private readonly Lazy<XLWorkbook> english = new(() => new XLWorkbook(new MemoryStream(WrittenWorkbook.Bytes(Language.English))));
    private readonly Lazy<OpenXmlWorkbook> vietnameseXml = new(() => new OpenXmlWorkbook(WrittenWorkbook.Bytes(Language.Vietnamese)));
    private readonly Lazy<OpenXmlWorkbook> englishXml = new(() => new OpenXmlWorkbook(WrittenWorkbook.Bytes(Language.English)));

    public XLWorkbook ClosedXml(Language language = Language.Vietnamese) => language == Language.English ? english.Value : vietnamese.Value;

    internal OpenXmlWorkbook OpenXml(Language language = Language.Vietnamese) => language == Language.English ? englishXml.Value : vietnameseXml.Value;

    public void Dispose()
    {
        foreach (var workbook in new[] { vietnamese, english }.Where(w => w.IsValueCreated))
        {
            workbook.Value.Dispose();
        }

        foreach (var workbook in new[] { vietnameseXml, englishXml }.Where(w => w.IsValueCreated))
        {
            workbook.Value.Dispose();
        }
    }
}
