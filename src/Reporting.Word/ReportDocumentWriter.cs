using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Reporting.Core.Catalog;
using Reporting.Core.Reports;

namespace Reporting.Word;

/// <summary>
/// The period's report document, to edit, sign and send (Decree 30/2020/NĐ-CP layout): the header block, "BÁO CÁO" and
/// its subject, I. results by indicator group (one sentence per indicator), II. shortcomings found from the data,
/// III. tasks for the next period (to be written), the recipients and signature, then the appendix: the summary table
/// and the table by agency group on landscape pages, and the comparison charts. Written from the same <see cref="ReportModel"/>
/// as the workbook and the PDF, so its figures are theirs.
/// </summary>
public sealed class ReportDocumentWriter
{
    /// <param name="charts">The comparison charts for the appendix, in order (drawn by the caller: this project draws nothing).</param>
    public void Write(ReportModel model, IReadOnlyList<DocumentChart> charts, Stream output)
    {
        // Built in memory: the packaging needs a seekable stream, and a failure then leaves no half-written file.
        using var buffer = new MemoryStream();
        using (var document = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = WordStyles.Build(model.Language);
            main.AddNewPart<DocumentSettingsPart>().Settings = Settings();
            var numbered = main.AddNewPart<HeaderPart>();
            numbered.Header = new Header(new Paragraph(
                new ParagraphProperties(new ParagraphStyleId { Val = WordStyles.Header }),
                new SimpleField(new Run(new Text("2"))) { Instruction = " PAGE " }));
            var first = main.AddNewPart<HeaderPart>();
            first.Header = new Header(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = WordStyles.Header })));

            var body = new Body();
            Report(body, model);
            var header = main.GetIdOfPart(numbered);
            body.Append(new Paragraph(new ParagraphProperties(PageLayout.FirstPortrait(header, main.GetIdOfPart(first)))));
            Appendix(body, model);
            if (charts.Count == 0)
            {
                body.Append(PageLayout.Landscape(header));
            }
            else
            {
                body.Append(new Paragraph(new ParagraphProperties(PageLayout.Landscape(header))));
                Charts(body, model, charts, main);
                body.Append(PageLayout.Portrait(header));
            }

            main.Document = new Document(body);
            Describe(document.PackageProperties, model);
        }

        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    private static void Report(Body body, ReportModel model)
    {
        var lang = model.Language;
        var summary = model.Summary;
        var issuer = model.Province.Issuer;
        var period = ReportFormat.PeriodName(summary.Period, lang);
        var next = ReportFormat.PeriodName(ReportPeriods.Following(summary.Period), lang);

        body.Append(IssuerBlock.Build(issuer, model.IssuedOn, lang));
        body.Append(TitleBlock.Build(summary.Period, lang));
        var province = model.Province.Name(lang);
        body.Append(Blocks.Paragraph(lang.T(
            $"Thực hiện chế độ báo cáo định kỳ về chuyển đổi số, trên cơ sở số liệu báo cáo của các cơ quan, đơn vị, doanh nghiệp trên địa bàn {LowerFirst(province)}, kết quả thực hiện {period} và nhiệm vụ {next} như sau:",
            $"Under the periodic reporting regime on digital transformation, and from the figures reported by the agencies and enterprises of {province}, the results of the {period} and the tasks for the {next} are as follows:")));

        body.Append(Blocks.Paragraph(lang.T("I. KẾT QUẢ THỰC HIỆN ", "I. RESULTS IN THE ") + Upper(period, lang), WordStyles.Heading1));
        var number = 0;
        foreach (var group in model.Catalog.Groups)
        {
            var rows = summary.Rows.Where(r => r.Indicator.Group == group.Code).ToList();
            if (rows.Count == 0)
            {
                continue;
            }

            body.Append(Blocks.Paragraph((++number).ToString(CultureInfo.InvariantCulture) + ". " + group.Name(lang), WordStyles.Heading2));

            // Figures reported as estimates would read "ước đạt": the reporting cycle will mark them, and then passes the
            // mark as ReportSentences.Sentence's `estimated`. Until then every figure is a reported one.
            body.Append(rows.Select(r => Blocks.Paragraph(ReportSentences.Sentence(r, summary, lang))));
        }

        if (ReportSentences.CarriedFigures(model) is { } carried)
        {
            body.Append(Blocks.Paragraph(carried, format: TextFormat.Emphasis));
        }

        body.Append(Blocks.Paragraph(lang.T("II. TỒN TẠI, HẠN CHẾ", "II. SHORTCOMINGS"), WordStyles.Heading1));
        var shortcomings = ShortcomingSentences.For(model);
        body.Append((shortcomings.Count == 0 ? [ShortcomingSentences.None(lang)] : shortcomings).Select(s => Blocks.Paragraph("- " + s)));

        body.Append(Blocks.Paragraph(lang.T("III. NHIỆM VỤ, GIẢI PHÁP ", "III. TASKS FOR THE ") + Upper(next, lang), WordStyles.Heading1));
        body.Append(Blocks.Paragraph(
            lang.T($"[Nêu các nhiệm vụ, giải pháp trọng tâm {next}, theo từng lĩnh vực.]", $"[Set out the main tasks and measures for the {next}, field by field.]"),
            format: new TextFormat(Italic: true, Highlight: true)));
        number = 0;
        foreach (var group in model.Catalog.Groups)
        {
            body.Append(Blocks.Paragraph(
                (++number).ToString(CultureInfo.InvariantCulture) + ". " + group.Name(lang) + ": " + lang.T("[nhiệm vụ, giải pháp]", "[tasks and measures]"),
                format: new TextFormat(Highlight: true)));
        }

        body.Append(Blocks.Paragraph(lang.T(
            $"Trên đây là báo cáo kết quả thực hiện chuyển đổi số {period}, nhiệm vụ {next}./.",
            $"This concludes the report on digital transformation results in the {period} and the tasks for the {next}.")));
        body.Append(Blocks.Centred(string.Empty, TextFormat.Plain, after: 120));
        body.Append(SignatureBlock.Build(issuer, lang));
    }

    /// <summary>The appendix's heading and its two tables, on landscape pages.</summary>
    private static void Appendix(Body body, ReportModel model)
    {
        var lang = model.Language;
        var summary = model.Summary;
        var issuer = model.Province.Issuer;
        var period = ReportFormat.PeriodName(summary.Period, lang);
        var same = ReportSentences.SamePeriod(summary, lang);

        body.Append(Blocks.Paragraph(lang.T("PHỤ LỤC", "APPENDIX"), WordStyles.Heading1, properties: new ParagraphProperties(
            new Indentation { FirstLine = "0" }, new Justification { Val = JustificationValues.Center })));
        body.Append(Blocks.Centred(
            lang.T(
                $"(Kèm theo Báo cáo số        /{issuer.NumberSymbol} {ReportFormat.DocumentDate(model.IssuedOn, lang)})",
                $"(Attached to Report No.        /{issuer.NumberSymbol} of {ReportFormat.DocumentDate(model.IssuedOn, lang)})"),
            TextFormat.Emphasis,
            after: 120));

        body.Append(Blocks.Paragraph(lang.T($"1. Các chỉ tiêu {period} so với {same}", $"1. Indicators in the {period} against {same}"), WordStyles.Heading2));
        body.Append(AppendixTables.Summary(model));
        body.Append(Blocks.Paragraph(
            lang.T(
                "Ghi chú: tỷ lệ so sánh với cùng kỳ theo điểm phần trăm (điểm %), các chỉ tiêu khác theo phần trăm; \"-\" là chưa có số liệu; \"Đơn vị đã báo cáo\" là số đơn vị đã gửi số liệu trên số đơn vị phải báo cáo.",
                "Note: rates are compared in percentage points (pp), other indicators in percent; \"-\" means no figure; \"Agencies reported\" is the agencies that sent figures out of those that owe them."),
            WordStyles.TableText,
            TextFormat.Emphasis));
        var estimated = model.Summary.Rows.Where(r => r.Current.IsEstimate).ToList();
        if (estimated.Count > 0)
        {
            var list = string.Join("; ", estimated.Select(r => $"{r.Indicator.Name(lang)} ({ReportFormat.EstimateMark(r.Current, lang)})"));
            body.Append(Blocks.Paragraph(
                lang.T(
                    $"Số liệu đánh dấu \"(ước)\" có phần ước thực hiện, sẽ được thay bằng số liệu chính thức; \"ước N\" là số đơn vị có số liệu ước tính: {list}.",
                    $"Figures marked \"(est.)\" are built on estimates, to be replaced by final figures; \"est. N\" counts the agencies whose values are estimates: {list}."),
                WordStyles.TableText,
                TextFormat.Emphasis));
        }

        body.Append(Blocks.Paragraph(lang.T($"2. Số liệu theo nhóm đơn vị, {period} và {same}", $"2. Figures by agency group, the {period} and {same}"), WordStyles.Heading2));
        body.Append(AppendixTables.ByGroup(model));
    }

    /// <summary>The comparison charts, on portrait pages at the text's width: two to a page, their labels still readable.</summary>
    private static void Charts(Body body, ReportModel model, IReadOnlyList<DocumentChart> charts, MainDocumentPart main)
    {
        var lang = model.Language;
        var same = ReportSentences.SamePeriod(model.Summary, lang);
        const decimal textWidth = PageLayout.PortraitWidth / 20m;
        body.Append(Blocks.Paragraph(lang.T($"3. Biểu đồ so sánh với {same}", $"3. Charts against {same}"), WordStyles.Heading2));
        for (var i = 0; i < charts.Count; i++)
        {
            var chart = charts[i];
            var image = main.AddImagePart(ImagePartType.Png);
            using (var png = new MemoryStream(chart.Png, writable: false))
            {
                image.FeedData(png);
            }

            var scale = Math.Min(1m, textWidth / chart.Width);
            var (width, height) = ((int)(chart.Width * scale), (int)(chart.Height * scale));
            var number = (i + 1).ToString(CultureInfo.InvariantCulture);
            body.Append(Blocks.Paragraph(lang.T("Biểu đồ ", "Chart ") + number + ". " + chart.Title, WordStyles.Caption));
            body.Append(new Paragraph(
                new ParagraphProperties(new KeepLines(), new Indentation { FirstLine = "0" }, new Justification { Val = JustificationValues.Center }),
                new Run(ChartDrawing.Inline(main.GetIdOfPart(image), (uint)(i + 1), chart.Title, width, height))));
        }
    }

    private static Settings Settings() => new(
        new Zoom { Percent = "100" },
        new DefaultTabStop { Val = 720 },
        new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress },
        new Compatibility(new CompatibilitySetting
        {
            Name = CompatSettingNameValues.CompatibilityMode,
            Uri = "http://schemas.microsoft.com/office/word",
            Val = "15",
        }));

    private static void Describe(System.IO.Packaging.PackageProperties properties, ReportModel model)
    {
        var lang = model.Language;
        properties.Title = lang.T("Báo cáo ", "Report: ") + string.Join(" ", TitleBlock.SubjectLines(model.Summary.Period, lang));
        properties.Creator = model.Province.Issuer.Agency(lang);
        properties.Language = lang == Language.English ? "en-US" : "vi-VN";
        var issued = model.IssuedOn.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        properties.Created = issued;
        properties.Modified = issued;
    }

    private static string Upper(string text, Language lang) => text.ToUpper(ReportFormat.Culture(lang));

    private static string LowerFirst(string text) =>
        text.Length == 0 ? text : char.ToLower(text[0], ReportFormat.Culture(Language.Vietnamese)) + text[1..];
}
