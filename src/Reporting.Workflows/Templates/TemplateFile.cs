namespace Reporting.Workflows.Templates;

/// <summary>A template workbook and the name it is given (<c>AGENCY_PERIOD.xlsx</c>, the name the importer reads back).</summary>
public sealed record TemplateFile(string FileName, byte[] Content)
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}
