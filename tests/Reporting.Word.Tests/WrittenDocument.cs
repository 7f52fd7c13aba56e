using System.Collections.Concurrent;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Reporting.Core.Catalog;
using Reporting.Core.Reports;
using Reporting.Testing;

namespace Reporting.Word.Tests;

/// <summary>The report document of <see cref="ReportModelFixture"/>, written once per language, and ways to read it back.</summary>
internal static class WrittenDocument
{
    private static readonly ConcurrentDictionary<Language, Lazy<byte[]>> Cache = new();

    public static byte[] Bytes(Language language = Language.Vietnamese) =>
        Cache.GetOrAdd(language, l => new Lazy<byte[]>(() => Write(ReportModelFixture.Build(l)))).Value;

    /// <summary>Writes a model's document with one stand-in chart per indicator group.</summary>
    public static byte[] Write(ReportModel model, IReadOnlyList<DocumentChart>? charts = null)
    {
        using var output = new MemoryStream();
        new ReportDocumentWriter().Write(model, charts ?? Charts(model), output);
        return output.ToArray();
    }

    /// <summary>One chart per indicator group, as the comparison charts are (511 by 270 points for six indicators), in solid colours.</summary>
    public static IReadOnlyList<DocumentChart> Charts(ReportModel model) =>
        model.Catalog.Groups.Select((g, i) => new DocumentChart(g.Name(model.Language), TestPng.Solid(200, 105, 31, (byte)(78 + (i * 20)), 140), 511, 270)).ToList();

    /// <summary>Opens written bytes read-only; the caller disposes.</summary>
    public static WordprocessingDocument Open(byte[] bytes) => WordprocessingDocument.Open(new MemoryStream(bytes, writable: false), false);

    public static Body Body(WordprocessingDocument document) => document.MainDocumentPart!.Document.Body!;

    /// <summary>A paragraph's text as a reader sees it: its runs joined, line breaks as "\n", no-break spaces as spaces.</summary>
    public static string Text(Paragraph paragraph) =>
        string.Concat(paragraph.Descendants().Select(e => e switch
        {
            Text t => t.Text.Replace('\u00A0', ' '),
            Break => "\n",
            _ => string.Empty,
        }));

    /// <summary>The body's own paragraphs (not those inside tables), with their style.</summary>
    public static IReadOnlyList<(string Style, string Text)> BodyParagraphs(WordprocessingDocument document) =>
        Body(document).Elements<Paragraph>()
            .Select(p => (p.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? "Normal", Text(p)))
            .ToList();

    /// <summary>The texts of the body paragraphs after the heading that starts with <paramref name="heading"/>, up to the next heading 1.</summary>
    public static IReadOnlyList<(string Style, string Text)> Section(WordprocessingDocument document, string heading)
    {
        var paragraphs = BodyParagraphs(document);
        var start = paragraphs.ToList().FindIndex(p => p.Style == "Heading1" && p.Text.StartsWith(heading, StringComparison.Ordinal));
        Assert.True(start >= 0, "no heading " + heading);
        return paragraphs.Skip(start + 1).TakeWhile(p => p.Style != "Heading1").ToList();
    }
}
