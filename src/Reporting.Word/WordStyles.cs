using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Reporting.Core.Catalog;

namespace Reporting.Word;

/// <summary>
/// The document's styles. Times New Roman throughout; body text 14 pt, justified, first line indented 1.27 cm, 6 pt
/// between paragraphs and 1.2 lines (the decree allows 13-14 pt, 6 pt or more, single to 1.5 lines). Headings are Word's
/// own "heading 1" and "heading 2", so the navigation pane and a table of contents find them. Sizes are half-points.
/// </summary>
internal static class WordStyles
{
    public const string Normal = "Normal";
    public const string Heading1 = "Heading1";
    public const string Heading2 = "Heading2";
    public const string TableText = "TableText";
    public const string TableHeading = "TableHeading";
    public const string Caption = "Caption";
    public const string Header = "Header";
    public const string TableGrid = "TableGrid";

    public const string Font = "Times New Roman";

    /// <summary>Body text: 14 pt.</summary>
    public const int BodySize = 28;

    /// <summary>Table text: 12 pt, so the wide tables fit the landscape page.</summary>
    public const int TableSize = 24;

    /// <summary>First-line indent of body paragraphs: 1.27 cm.</summary>
    public const int FirstLineIndent = 720;

    private static readonly IFormatProvider Invariant = System.Globalization.CultureInfo.InvariantCulture;

    public static Styles Build(Language language) => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font },
                new FontSize { Val = Half(BodySize) },
                new FontSizeComplexScript { Val = Half(BodySize) },
                new Languages { Val = language == Language.English ? "en-US" : "vi-VN" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                new SpacingBetweenLines { Before = "0", After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }))),
        Paragraph(Normal, "Normal", null, isDefault: true,
            new StyleParagraphProperties(
                new SpacingBetweenLines { Before = "0", After = "120", Line = "288", LineRule = LineSpacingRuleValues.Auto },
                new Indentation { FirstLine = FirstLineIndent.ToString(Invariant) },
                new Justification { Val = JustificationValues.Both })),
        Heading(Heading1, "heading 1", 0),
        Heading(Heading2, "heading 2", 1),
        Paragraph(TableText, "Table Text", Normal, isDefault: false,
            new StyleParagraphProperties(
                new SpacingBetweenLines { Before = "40", After = "40", Line = "240", LineRule = LineSpacingRuleValues.Auto },
                new Indentation { FirstLine = "0" },
                new Justification { Val = JustificationValues.Left }),
            new StyleRunProperties(new FontSize { Val = Half(TableSize) }, new FontSizeComplexScript { Val = Half(TableSize) })),
        Paragraph(TableHeading, "Table Heading", TableText, isDefault: false,
            new StyleParagraphProperties(new KeepNext(), new Justification { Val = JustificationValues.Center }),
            new StyleRunProperties(new Bold(), new BoldComplexScript())),
        Paragraph(Caption, "caption", Normal, isDefault: false,
            new StyleParagraphProperties(
                new KeepNext(),
                new SpacingBetweenLines { Before = "240", After = "120" },
                new Indentation { FirstLine = "0" },
                new Justification { Val = JustificationValues.Center }),
            new StyleRunProperties(new Bold(), new BoldComplexScript(), new FontSize { Val = Half(26) }, new FontSizeComplexScript { Val = Half(26) })),
        Paragraph(Header, "header", Normal, isDefault: false,
            new StyleParagraphProperties(
                new SpacingBetweenLines { After = "0" },
                new Indentation { FirstLine = "0" },
                new Justification { Val = JustificationValues.Center })),
        new Style(
            new StyleName { Val = "Table Grid" },
            new UIPriority { Val = 59 },
            new StyleTableProperties(
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
                    new LeftBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
                    new BottomBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
                    new RightBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
                    new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" }),
                new TableCellMarginDefault(
                    new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 85, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 85, Type = TableWidthValues.Dxa })))
        {
            Type = StyleValues.Table,
            StyleId = TableGrid,
        });

    private static string Half(int halfPoints) => halfPoints.ToString(Invariant);

    private static Style Heading(string id, string name, int level) => Paragraph(id, name, Normal, isDefault: false,
        new StyleParagraphProperties(
            new KeepNext(),
            new KeepLines(),
            new SpacingBetweenLines { Before = level == 0 ? "240" : "120", After = "120" },
            new OutlineLevel { Val = level }),
        new StyleRunProperties(new Bold(), new BoldComplexScript(), new Color { Val = "000000" }));

    private static Style Paragraph(string id, string name, string? basedOn, bool isDefault, StyleParagraphProperties paragraph, StyleRunProperties? run = null)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id, Default = isDefault ? OnOffValue.FromBoolean(true) : null };
        style.Append(new StyleName { Val = name });
        if (basedOn is not null)
        {
            style.Append(new BasedOn { Val = basedOn });
        }

        style.Append(new NextParagraphStyle { Val = Normal }, new PrimaryStyle(), paragraph);
        if (run is not null)
        {
            style.Append(run);
        }

        return style;
    }
}
