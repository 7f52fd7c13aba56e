using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Reporting.Word.Tests;

/// <summary>The layout Decree 30/2020/NĐ-CP asks for, read from the document's XML.</summary>
public sealed class LayoutTests
{
    private const double TwipsPerMillimetre = 1440 / 25.4;

    [Fact]
    public void EverySection_IsA4_WithMarginsInTheDecreesRanges()
    {
        using var document = WrittenDocument.Open(WrittenDocument.Bytes());

        var sections = WrittenDocument.Body(document).Descendants<SectionProperties>().ToList();

        Assert.Equal(3, sections.Count);
        foreach (var section in sections)
        {
            var size = section.GetFirstChild<PageSize>()!;
            Assert.Equal([210, 297], new[] { Mm(size.Width!.Value), Mm(size.Height!.Value) }.Order().Select(mm => Math.Round(mm)));
            var margin = section.GetFirstChild<PageMargin>()!;
            Assert.InRange(Mm(margin.Top!.Value), 20, 25);
            Assert.InRange(Mm(margin.Bottom!.Value), 20, 25);
            Assert.InRange(Mm(margin.Left!.Value), 30, 35);
            Assert.InRange(Mm(margin.Right!.Value), 15, 20);
        }
    }

    [Fact]
    public void TheBody_IsPortrait_TheAppendixTablesAreLandscape_AndTheChartsPortraitAgain()
    {
        using var document = WrittenDocument.Open(WrittenDocument.Bytes());
        var body = WrittenDocument.Body(document);

        // A section's properties end it: in the last paragraph of each section, and the body's own for the last.
        var sections = body.Descendants<SectionProperties>().ToList();
        var (report, tables, charts) = (sections[0], sections[1], sections[2]);
        Assert.True(IsPortrait(report) && !IsPortrait(tables) && IsPortrait(charts));
        Assert.Equal(PageOrientationValues.Landscape, tables.GetFirstChild<PageSize>()!.Orient!.Value);
        Assert.Same(body, charts.Parent);

        var children = body.ChildElements.ToList();
        var (reportEnd, tablesEnd) = (children.IndexOf(report.Parent!.Parent!), children.IndexOf(tables.Parent!.Parent!));
        var appendix = children.Skip(reportEnd + 1).Take(tablesEnd - reportEnd).ToList();
        Assert.Equal("PHỤ LỤC", WrittenDocument.Text((Paragraph)appendix[0]));
        Assert.Equal(2, appendix.OfType<Table>().Count());
        Assert.Empty(appendix.SelectMany(e => e.Descendants<Drawing>()));
        Assert.Equal(6, children.Skip(tablesEnd + 1).SelectMany(e => e.Descendants<Drawing>()).Count());
        Assert.Empty(children.Take(reportEnd).SelectMany(e => e.Descendants<Drawing>()));
    }

    [Fact]
    public void WithoutCharts_TheAppendixEndsOnItsLandscapeTables()
    {
        using var document = WrittenDocument.Open(WrittenDocument.Write(Testing.ReportModelFixture.Build(), charts: []));

        var sections = WrittenDocument.Body(document).Descendants<SectionProperties>().ToList();

        Assert.Equal(2, sections.Count);
        Assert.False(IsPortrait(sections[^1]));
        Assert.Empty(WrittenDocument.Body(document).Descendants<Drawing>());
    }

    [Fact]
    public void TimesNewRoman_IsTheOnlyFont()
    {
        using var document = WrittenDocument.Open(WrittenDocument.Bytes());
        var main = document.MainDocumentPart!;

        var defaults = main.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!.RunFonts!;
        Assert.Equal(["Times New Roman"], new[] { defaults.Ascii!.Value, defaults.HighAnsi!.Value, defaults.ComplexScript!.Value, defaults.EastAsia!.Value }.Distinct());
        var fonts = new OpenXmlPartRootElement[] { main.Document, main.StyleDefinitionsPart.Styles }.Concat(main.HeaderParts.Select(h => h.Header))
            .SelectMany(root => root.Descendants<RunFonts>())
            .SelectMany(f => new[] { f.Ascii?.Value, f.HighAnsi?.Value, f.ComplexScript?.Value, f.EastAsia?.Value })
            .OfType<string>()
            .Distinct()
            .ToList();
        Assert.Equal(["Times New Roman"], fonts);
    }

    [Fact]
    public void BodyText_Is13To14Points_AndEveryRunOfSectionsOneToThreeKeepsIt()
    {
        using var document = WrittenDocument.Open(WrittenDocument.Bytes());
        var styles = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!;

        var size = int.Parse(styles.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!.FontSize!.Val!.Value!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(size / 2.0, 13, 14);
        Assert.Null(Style(styles, "Normal").StyleRunProperties?.FontSize);
        var body = WrittenDocument.Body(document).Elements<Paragraph>()
            .SkipWhile(p => !WrittenDocument.Text(p).StartsWith("I. ", StringComparison.Ordinal))
            .TakeWhile(p => !WrittenDocument.Text(p).StartsWith("Trên đây là", StringComparison.Ordinal))
            .ToList();
        Assert.True(body.Count > 60);
        Assert.All(body.SelectMany(p => p.Descendants<FontSize>()), s => Assert.InRange(int.Parse(s.Val!.Value!, System.Globalization.CultureInfo.InvariantCulture) / 2.0, 13, 14));
        Assert.All(body.Select(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value), s => Assert.Contains(s, new[] { "Normal", "Heading1", "Heading2" }));
    }

    [Fact]
    public void Headings_AreWordsHeadingStyles_WithOutlineLevels()
    {
        using var document = WrittenDocument.Open(WrittenDocument.Bytes());
        var styles = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!;

        Assert.Equal("heading 1", Style(styles, "Heading1").StyleName!.Val!.Value);
        Assert.Equal(0, Style(styles, "Heading1").StyleParagraphProperties!.OutlineLevel!.Val!.Value);
        Assert.Equal("heading 2", Style(styles, "Heading2").StyleName!.Val!.Value);
        Assert.Equal(1, Style(styles, "Heading2").StyleParagraphProperties!.OutlineLevel!.Val!.Value);
        var headings = WrittenDocument.BodyParagraphs(document).Where(p => p.Style == "Heading1").Select(p => p.Text).ToList();
        Assert.Equal(["I. KẾT QUẢ THỰC HIỆN 6 THÁNG ĐẦU NĂM 2026", "II. TỒN TẠI, HẠN CHẾ", "III. NHIỆM VỤ, GIẢI PHÁP 6 THÁNG CUỐI NĂM 2026", "PHỤ LỤC"], headings);
    }

    [Fact]
    public void PageNumbers_AreAtTheTopCentre_ButNotOnTheFirstPage()
    {
        using var document = WrittenDocument.Open(WrittenDocument.Bytes());
        var main = document.MainDocumentPart!;
        var styles = main.StyleDefinitionsPart!.Styles!;
        var first = WrittenDocument.Body(document).Descendants<SectionProperties>().First();

        Assert.NotNull(first.GetFirstChild<TitlePage>());
        var firstHeader = Header(main, first, HeaderFooterValues.First);
        Assert.Empty(firstHeader.Descendants<SimpleField>());
        Assert.Empty(firstHeader.Descendants<FieldCode>());
        Assert.Equal(string.Empty, firstHeader.InnerText);
        foreach (var section in WrittenDocument.Body(document).Descendants<SectionProperties>())
        {
            var header = Header(main, section, HeaderFooterValues.Default);
            var field = Assert.Single(header.Descendants<SimpleField>());
            Assert.Equal("PAGE", field.Instruction!.Value!.Trim());
            var paragraph = field.Ancestors<Paragraph>().Single();
            var style = Style(styles, paragraph.ParagraphProperties!.ParagraphStyleId!.Val!.Value!);
            Assert.Equal(JustificationValues.Center, (paragraph.ParagraphProperties.Justification ?? style.StyleParagraphProperties!.Justification)!.Val!.Value);
        }
    }

    [Fact]
    public void AppendixTables_RepeatTheirHeaderRowsOnEachPage()
    {
        using var document = WrittenDocument.Open(WrittenDocument.Bytes());

        var tables = WrittenDocument.Body(document).Elements<Table>().Where(t => t.GetFirstChild<TableProperties>()!.TableBorders is null).ToList();

        Assert.Equal(2, tables.Count);
        Assert.Equal([1, 2], tables.Select(t => t.Elements<TableRow>().TakeWhile(r => r.TableRowProperties?.GetFirstChild<TableHeader>() is not null).Count()));
        Assert.All(tables, t => Assert.True(t.Elements<TableRow>().Count() > 40));
        Assert.All(tables.SelectMany(t => t.Elements<TableRow>().Skip(2)), r => Assert.Null(r.TableRowProperties?.GetFirstChild<TableHeader>()));
    }

    private static Header Header(MainDocumentPart main, SectionProperties section, HeaderFooterValues type) =>
        ((HeaderPart)main.GetPartById(section.Elements<HeaderReference>().Single(h => h.Type!.Value == type).Id!.Value!)).Header;

    private static Style Style(Styles styles, string id) => styles.Elements<Style>().Single(s => s.StyleId == id);

    private static bool IsPortrait(SectionProperties section) =>
        section.GetFirstChild<PageSize>()!.Height!.Value > section.GetFirstChild<PageSize>()!.Width!.Value;

    private static double Mm(double twips) => twips / TwipsPerMillimetre;
}
