using System.Text;
using Reporting.Core.Catalog;
using Reporting.Core.Reports;
using Reporting.Testing;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Util;

namespace Reporting.Pdf.Tests;

/// <summary>The fixture province's summary written once in each language, and its text as PdfPig reads it back.</summary>
public sealed class SummaryPdfFixture
{
    public SummaryPdfFixture()
    {
        Vietnamese = new SummaryPdf(ReportModelFixture.Build(Language.Vietnamese));
        English = new SummaryPdf(ReportModelFixture.Build(Language.English));
    }

    public SummaryPdf Vietnamese { get; }

    public SummaryPdf English { get; }
}

/// <summary>One written summary: its bytes, and per page its words joined by single spaces.</summary>
public sealed class SummaryPdf
{
    public SummaryPdf(ReportModel model)
    {
        Model = model;
        using var output = new MemoryStream();
        new LeaderSummaryPdf().Write(model, output);
        Bytes = output.ToArray();
        using var document = PdfDocument.Open(Bytes);
        var pages = document.GetPages().ToList();
        Pages = pages.Select(p => Join(p.GetWords())).ToList();
        Lines = pages.SelectMany(p => p.GetWords().GroupBy(w => Math.Round(w.BoundingBox.Bottom)).OrderByDescending(g => g.Key).Select(g => Join(g.OrderBy(w => w.BoundingBox.Left)))).ToList();

        // The indicator table's first column (and anything else that starts left of x = 176), read top to bottom. The
        // column spans 42 to 177 points: 128 of the table's 484 width units, stretched to the 511-point content width.
        // Letters are cut by where they start: PdfPig's word boxes are wider than the glyphs drawn.
        FirstColumn = string.Join(" ", pages.Select(p => Join(DefaultWordExtractor.Instance
            .GetWords(p.Letters.Where(l => l.StartBaseLine.X < 176).ToList())
            .OrderByDescending(w => Math.Round(w.Letters[0].StartBaseLine.Y))
            .ThenBy(w => w.Letters[0].StartBaseLine.X))));
        Sizes = document.GetPages().Select(p => (p.Width, p.Height)).ToList();
        FontNames = document.GetPages().SelectMany(p => p.Letters).Select(l => l.FontName).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        Title = document.Information.Title;
        CreationDate = document.Information.CreationDate;
    }

    public ReportModel Model { get; }

    public byte[] Bytes { get; }

    public IReadOnlyList<string> Pages { get; }

    /// <summary>Every line of text (words sharing a baseline, left to right), pages in order.</summary>
    public IReadOnlyList<string> Lines { get; }

    public string FirstColumn { get; }

    public IReadOnlyList<(double Width, double Height)> Sizes { get; }

    public IReadOnlyList<string> FontNames { get; }

    public string? Title { get; }

    public string? CreationDate { get; }

    public string Text => string.Join(" ", Pages);

    /// <summary>The text without any white space: table cells wrap, and PdfPig may split small words.</summary>
    public string Flat => Squeeze(Text);

    private static string Join(IEnumerable<Word> words) => string.Join(" ", words.Select(w => w.Text)).Normalize(NormalizationForm.FormC);

    public static string Squeeze(string text) => new(text.Normalize(NormalizationForm.FormC).Where(c => !char.IsWhiteSpace(c)).ToArray());
}
