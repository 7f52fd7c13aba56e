using System.Globalization;
using System.Text.RegularExpressions;
using Reporting.Core.Catalog;
using Reporting.Core.Periods;
using Reporting.Testing;

namespace Reporting.Word.Tests;

/// <summary>Section I: one sentence per indicator under its group, every number in it the figure computed by hand.</summary>
public sealed partial class ResultsSectionTests
{
    private static readonly PeriodId Period = PeriodId.Parse("2026-H1");
    private static readonly PeriodId LastYear = PeriodId.Parse("2025-H1");
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    [Fact]
    public void SectionOne_EveryNumber_AgreesWithTheFiguresComputedFromTheSubmittedValues()
    {
        using var document = WrittenDocument.Open(WrittenDocument.Bytes());
        var section = WrittenDocument.Section(document, "I. KẾT QUẢ THỰC HIỆN 6 THÁNG ĐẦU NĂM 2026");
        var expected = new Expected(Period);
        var catalog = RepoFiles.Catalog;

        var sentences = section.Where(p => p.Style == "Normal").ToList();
        var indicators = catalog.Groups.SelectMany(g => catalog.Indicators.Where(i => i.Group == g.Code)).ToList();
        Assert.Equal(indicators.Count + 1, sentences.Count); // and the note on merged agencies
        Assert.Equal(catalog.Groups.Select((g, i) => $"{i + 1}. {g.NameVi}"), section.Where(p => p.Style == "Heading2").Select(p => p.Text));

        var checkedNumbers = 0;
        foreach (var (indicator, (_, text)) in indicators.Zip(sentences))
        {
            Assert.StartsWith(indicator.NameVi + " đạt ", text, StringComparison.Ordinal);
            var numbers = Numbers(text[indicator.NameVi.Length..].Replace(indicator.UnitVi, " ", StringComparison.Ordinal));
            var wanted = ExpectedNumbers(indicator, expected);
            Assert.True(wanted.SequenceEqual(numbers), $"{indicator.Code}: expected [{string.Join(" | ", wanted)}] in \"{text}\"");
            checkedNumbers += numbers.Count;
        }

        Assert.True(checkedNumbers > 150, $"only {checkedNumbers} numbers checked");
    }

    [Fact]
    public void SectionOne_TelecomRevenue_ReadsAsAnAnalystWouldWriteIt()
    {
        var expected = new Expected(Period);
        var value = expected.Figure("TEL.REVENUE", Period)!.Value;
        var compare = expected.Figure("TEL.REVENUE", LastYear)!.Value;
        var change = Math.Round((value - compare) / compare * 100, 2, MidpointRounding.AwayFromZero);
        var (reported, owing) = expected.Coverage("TEL.REVENUE");
        var coverage = reported < owing ? $" (số liệu của {reported}/{owing} đơn vị)" : string.Empty;
        var sentence = $"Doanh thu dịch vụ viễn thông đạt {value.ToString("N0", Vi)} triệu đồng{coverage}, {(change > 0 ? "tăng" : "giảm")} {Math.Abs(change).ToString("N1", Vi)}% so với cùng kỳ năm 2025.";

        using var document = WrittenDocument.Open(WrittenDocument.Bytes());

        Assert.Contains(sentence, WrittenDocument.Section(document, "I. KẾT QUẢ").Select(p => p.Text));
    }

    [Fact]
    public void SectionOne_OnlineRecordsRate_IsComparedInPercentagePoints_WithItsTarget()
    {
        var expected = new Expected(Period);
        var value = expected.Figure("REC.ONLINE_RATE", Period)!.Value;
        var compare = expected.Figure("REC.ONLINE_RATE", LastYear)!.Value;
        var attainment = Math.Round(value / 70 * 100, 2, MidpointRounding.AwayFromZero);
        var (reported, owing) = expected.Coverage("REC.ONLINE_RATE");
        var sentence = $"Tỷ lệ hồ sơ tiếp nhận trực tuyến đạt {value.ToString("N2", Vi)}% (số liệu của {reported}/{owing} đơn vị), "
            + $"{(value > compare ? "tăng" : "giảm")} {Math.Abs(value - compare).ToString("N2", Vi)} điểm % so với cùng kỳ năm 2025, "
            + $"bằng {attainment.ToString("N2", Vi)}% kế hoạch năm 2026 (70,00%).";

        using var document = WrittenDocument.Open(WrittenDocument.Bytes());

        Assert.True(reported < owing, "the fixture drops a department's submissions");
        Assert.Contains(sentence, WrittenDocument.Section(document, "I. KẾT QUẢ").Select(p => p.Text));
    }

    [Fact]
    public void SectionOne_EndsWithTheNote_ThatMergedAgenciesFiguresAreCarried()
    {
        using var document = WrittenDocument.Open(WrittenDocument.Bytes());

        var last = WrittenDocument.Section(document, "I. KẾT QUẢ")[^1].Text;

        Assert.StartsWith("Số liệu cùng kỳ của các đơn vị đã sáp nhập, hợp nhất hoặc đổi tên được chuyển cho đơn vị kế thừa để so sánh, ví dụ: ", last, StringComparison.Ordinal);
    }

    [Fact]
    public void PercentagePoints_KeepTheirSignOnTheLineOfTheWord_WithANoBreakSpace()
    {
        using var document = WrittenDocument.Open(WrittenDocument.Bytes());

        var texts = WrittenDocument.Body(document).Descendants<DocumentFormat.OpenXml.Wordprocessing.Text>().Select(t => t.Text).ToList();

        Assert.Contains(texts, t => t.Contains("điểm\u00A0%", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Contains(" %", StringComparison.Ordinal));
    }

    /// <summary>The numbers a sentence must hold, in order: value, agencies when some are missing, change and the compare year, attainment, year and target.</summary>
    private static List<string> ExpectedNumbers(Indicator indicator, Expected expected)
    {
        var decimals = indicator.Kind is ValueKind.Rate or ValueKind.YesNo || indicator.IsDerived ? 2 : indicator.Decimals;
        string Shown(decimal v) => v.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), Vi);
        var value = expected.Figure(indicator.Code, Period);
        var compare = expected.Figure(indicator.Code, LastYear);
        Assert.NotNull(value);
        var numbers = new List<string> { Shown(value!.Value) };
        var (reported, owing) = expected.Coverage(indicator.Code);
        if (reported < owing)
        {
            numbers.AddRange([reported.ToString(Vi), owing.ToString(Vi)]);
        }

        var isRate = indicator.Kind is ValueKind.Rate || indicator.OverAgencies == AgencyRule.ShareYes;
        if (compare is { } c && c != 0 && value != c)
        {
            numbers.Add(isRate
                ? Math.Abs(value.Value - c).ToString("N2", Vi)
                : Math.Abs(Math.Round((value.Value - c) / c * 100, 2, MidpointRounding.AwayFromZero)).ToString("N1", Vi));
        }

        numbers.Add("2025");
        if (indicator.TargetFor(2026) is { } target)
        {
            numbers.AddRange([Math.Round(value.Value / target * 100, 2, MidpointRounding.AwayFromZero).ToString("N2", Vi), "2026", Shown(target)]);
        }

        return numbers;
    }

    private static List<string> Numbers(string text) => Number().Matches(text).Select(m => m.Value).ToList();

    [GeneratedRegex(@"\d+(?:\.\d{3})*(?:,\d+)?")]
    private static partial Regex Number();
}
