using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Validation;
using Reporting.Core.Catalog;

namespace Reporting.Word.Tests;

public sealed class ValidationTests
{
    [Theory]
    [InlineData(Language.Vietnamese)]
    [InlineData(Language.English)]
    public void Document_HasNoErrorsUnderTheSdksValidator(Language language)
    {
        using var document = WrittenDocument.Open(WrittenDocument.Bytes(language));

        var errors = new OpenXmlValidator(FileFormatVersions.Office2016).Validate(document)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")
            .ToList();

        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("2026-05", "tháng 5/2026,", "nhiệm vụ tháng 6/2026")]
    [InlineData("2026-Q2", "quý II năm 2026,", "nhiệm vụ quý III năm 2026")]
    [InlineData("2025-9M", "9 tháng đầu năm 2025,", "nhiệm vụ quý IV năm 2025")]
    [InlineData("2025", "năm 2025,", "nhiệm vụ năm 2026")]
    public void EveryPeriodKind_GivesAValidDocument_WhoseSubjectNamesTheNextPeriod(string period, string done, string next)
    {
        var model = Testing.ReportModelFixture.Build(Language.Vietnamese, period);
        using var document = WrittenDocument.Open(WrittenDocument.Write(model, charts: []));

        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2016).Validate(document));
        var subject = WrittenDocument.BodyParagraphs(document)[1].Text;
        Assert.Equal("Kết quả thực hiện chuyển đổi số " + done + "\n" + next, subject);
    }
}
