using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Reporting.Core.Catalog;

namespace Reporting.Word.Tests;

/// <summary>Vietnamese by default, English on request, with the same structure.</summary>
public sealed class LanguageTests
{
    [Fact]
    public void EnglishAndVietnamese_HaveTheSameStructure_ElementForElement()
    {
        using var vi = WrittenDocument.Open(WrittenDocument.Bytes());
        using var en = WrittenDocument.Open(WrittenDocument.Bytes(Language.English));

        Assert.Equal(Shape(WrittenDocument.Body(vi)), Shape(WrittenDocument.Body(en)));
    }

    [Fact]
    public void English_ReadsInEnglish_WithEnglishNumbers()
    {
        using var document = WrittenDocument.Open(WrittenDocument.Bytes(Language.English));

        var headings = WrittenDocument.BodyParagraphs(document).Where(p => p.Style == "Heading1").Select(p => p.Text).ToList();
        Assert.Equal(["I. RESULTS IN THE FIRST HALF OF 2026", "II. SHORTCOMINGS", "III. TASKS FOR THE SECOND HALF OF 2026", "APPENDIX"], headings);
        var revenue = Assert.Single(WrittenDocument.Section(document, "I. RESULTS"), p => p.Text.StartsWith("Telecom revenue reached ", StringComparison.Ordinal)).Text;
        Assert.Matches(@"^Telecom revenue reached \d{1,3}(,\d{3})+ million VND, (up|down) \d+\.\d% over the same period of 2025\.$", revenue);
        Assert.Equal("en-US", document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!.Languages!.Val!.Value);
    }

    [Fact]
    public void Vietnamese_IsTheDefault_AndMarkedAsVietnamese()
    {
        using var document = WrittenDocument.Open(WrittenDocument.Bytes());

        Assert.Equal("vi-VN", document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!.Languages!.Val!.Value);
        Assert.Equal("vi-VN", document.PackageProperties.Language);
        Assert.StartsWith("Báo cáo Kết quả thực hiện chuyển đổi số 6 tháng đầu năm 2026", document.PackageProperties.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void TasksSection_IsAnEditablePlaceholder_PerIndicatorGroup()
    {
        using var document = WrittenDocument.Open(WrittenDocument.Bytes());
        var body = WrittenDocument.Body(document);

        var tasks = body.Elements<Paragraph>()
            .SkipWhile(p => !WrittenDocument.Text(p).StartsWith("III. ", StringComparison.Ordinal)).Skip(1)
            .TakeWhile(p => !WrittenDocument.Text(p).StartsWith("Trên đây là", StringComparison.Ordinal))
            .ToList();

        Assert.Equal("[Nêu các nhiệm vụ, giải pháp trọng tâm 6 tháng cuối năm 2026, theo từng lĩnh vực.]", WrittenDocument.Text(tasks[0]));
        Assert.Equal(Testing.RepoFiles.Catalog.Groups.Select((g, i) => $"{i + 1}. {g.NameVi}: [nhiệm vụ, giải pháp]"), tasks.Skip(1).Select(WrittenDocument.Text));
        Assert.All(tasks.SelectMany(p => p.Descendants<Run>()), r => Assert.Equal(HighlightColorValues.Yellow, r.RunProperties!.Highlight!.Val!.Value));
    }

    /// <summary>Each body element's kind and style, and each table's rows and cells per row.</summary>
    private static List<string> Shape(Body body) => body.ChildElements.Select(e => e switch
    {
        Paragraph p => "p:" + (p.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? "-") + (p.Descendants<Drawing>().Any() ? ":drawing" : string.Empty),
        Table t => "table:" + string.Join(",", t.Elements<TableRow>().Select(r => r.Elements<TableCell>().Count())),
        OpenXmlElement other => other.LocalName,
    }).ToList();
}
