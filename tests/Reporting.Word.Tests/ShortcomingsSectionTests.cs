using System.Globalization;
using Reporting.Core.Catalog;
using Reporting.Core.Periods;
using Reporting.Core.Reports;
using Reporting.Testing;

namespace Reporting.Word.Tests;

/// <summary>Section II: shortcomings found from the data, each a sentence of its own ("- ..."), checked against figures computed here.</summary>
public sealed class ShortcomingsSectionTests
{
    private const string Heading = "II. TỒN TẠI, HẠN CHẾ";
    private static readonly PeriodId Period = PeriodId.Parse("2026-H1");
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    [Fact]
    public void LevelsBehindTheStraightPathToTheirTarget_AreListed_AndNoOthers()
    {
        var expected = new Expected(Period);
        var behind = new List<string>();
        foreach (var indicator in RepoFiles.Catalog.Indicators.Where(i => i.TargetFor(2026) is not null && i.HigherIsBetter))
        {
            // Every target in the catalog is on a rate: halfway from last December (2025-H2's figure) to the target.
            var target = indicator.TargetFor(2026)!.Value;
            var start = expected.Figure(indicator.Code, PeriodId.Parse("2025-H2"))!.Value;
            var required = start >= target ? target : Math.Round(start + ((target - start) / 2), 2, MidpointRounding.AwayFromZero);
            if (expected.Figure(indicator.Code, Period) < required)
            {
                behind.Add(indicator.NameVi);
            }
        }

        var listed = Sentences().Where(s => s.Contains(" cần đạt vào cuối 6 tháng đầu năm 2026 theo lộ trình từ ", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(behind);
        Assert.Equal(behind, listed.Select(s => behind.Single(n => s.StartsWith("- " + n + " đạt ", StringComparison.Ordinal))));
    }

    [Fact]
    public void OnlineRecordsRate_BehindItsPath_ReadsWithItsStartAndTarget()
    {
        var expected = new Expected(Period);
        var value = expected.Figure("REC.ONLINE_RATE", Period)!.Value;
        var start = expected.Figure("REC.ONLINE_RATE", PeriodId.Parse("2025-H2"))!.Value;
        var required = Math.Round(start + ((70 - start) / 2), 2, MidpointRounding.AwayFromZero);
        Assert.True(value < required, "the fixture's online rate is behind its path");

        Assert.Contains(
            $"- Tỷ lệ hồ sơ tiếp nhận trực tuyến đạt {value.ToString("N2", Vi)}%, thấp hơn mức {required.ToString("N2", Vi)}% cần đạt vào cuối 6 tháng đầu năm 2026 theo lộ trình từ {start.ToString("N2", Vi)}% cuối năm 2025 đến kế hoạch năm 2026 (70,00%).",
            Sentences());
    }

    [Fact]
    public void AFlowWithATarget_BehindHalfOfIt_SaysWhatSixMonthsCallFor()
    {
        var model = ReportModelFixture.Build();
        var revenue = model.Summary.Rows.Single(r => r.Indicator.Code == "TEL.REVENUE");
        var target = revenue.Value!.Value * 3;
        var rows = model.Summary.Rows.Select(r => r == revenue ? r with { Target = target, Attainment = 33.33m } : r).ToList();

        var sentences = Sentences(model with { Summary = model.Summary with { Rows = rows } });

        var value = revenue.Value.Value;
        Assert.Contains(
            $"- Doanh thu dịch vụ viễn thông đạt {value.ToString("N0", Vi)} triệu đồng, bằng 33,33% kế hoạch năm 2026 ({target.ToString("N0", Vi)} triệu đồng), chưa đạt tiến độ: 6 tháng đầu năm 2026 cần đạt 50% kế hoạch ({(target / 2).ToString("N0", Vi)} triệu đồng).",
            sentences);
    }

    [Fact]
    public void IndicatorsThatWorsened_AreListed_AndNoOthers()
    {
        var expected = new Expected(Period);
        var worse = new List<string>();
        foreach (var indicator in RepoFiles.Catalog.Indicators)
        {
            var (value, compare) = (expected.Figure(indicator.Code, Period), expected.Figure(indicator.Code, Period.SamePeriodLastYear));
            if (value is { } v && compare is { } c && c != 0 && v != c && (v < c) == indicator.HigherIsBetter)
            {
                worse.Add(indicator.NameVi);
            }
        }

        var listed = Sentences().Where(s => s.Contains(" so với cùng kỳ năm 2025 (", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(worse);
        Assert.Equal(worse, listed.Select(s => worse.Single(n => s.StartsWith("- " + n + " tăng ", StringComparison.Ordinal) || s.StartsWith("- " + n + " giảm ", StringComparison.Ordinal))));
    }

    [Fact]
    public void AgenciesThatHaveNotSubmitted_AreNamed()
    {
        var model = ReportModelFixture.Build();
        var sentence = Assert.Single(Sentences(), s => s.StartsWith("- Còn ", StringComparison.Ordinal));

        Assert.StartsWith($"- Còn {model.Missing.Count} đơn vị chưa gửi đủ báo cáo của kỳ: ", sentence, StringComparison.Ordinal);
        Assert.All(ReportModelFixture.DroppedAgencies(), code => Assert.Contains(RepoFiles.Directory[code].Name, sentence, StringComparison.Ordinal));
    }

    [Fact]
    public void AgenciesThatSubmittedAfterTheDeadline_AreNamedWithTheDaysLate()
    {
        // The late agencies' last submission arrived 20 days after the period's end; the fixture's calendar allows 12.
        // Equally late, they are listed by code.
        var late = ReportModelFixture.LateAgencies().Order(StringComparer.Ordinal).Select(c => RepoFiles.Directory[c].Name).ToList();
        var days = ReportModelFixture.LateDays - ReportModelFixture.Calendar.DueDaysAfterEnd;

        var sentence = Assert.Single(Sentences(), s => s.Contains("gửi báo cáo sau thời hạn", StringComparison.Ordinal));

        Assert.Equal($"- 2 đơn vị gửi báo cáo sau thời hạn: {string.Join(", ", late.Select(n => $"{n} (chậm {days} ngày)"))}.", sentence);
    }

    [Fact]
    public void WithoutTheCalendar_NothingIsSaidAboutLateness()
    {
        var model = ReportModelFixture.Build() with { Timeliness = null };

        Assert.DoesNotContain(Sentences(model), s => s.Contains("sau thời hạn", StringComparison.Ordinal));
    }

    [Fact]
    public void WhenTheDataShowsNothing_ItSaysSo_InBothLanguages()
    {
        var model = ReportModelFixture.Build();
        var calm = model with
        {
            Missing = [],
            Timeliness = [],
            Summary = model.Summary with { Rows = model.Summary.Rows.Select(r => r with { Target = null, Attainment = null, Change = null }).ToList() },
        };

        Assert.Equal(["- Số liệu của kỳ chưa cho thấy tồn tại, hạn chế."], Sentences(calm));
        Assert.Equal(["- The figures of the period show no shortcomings."], Sentences(calm with { Language = Language.English }, "II. SHORTCOMINGS"));
    }

    private static IReadOnlyList<string> Sentences(ReportModel? model = null, string heading = Heading)
    {
        using var document = WrittenDocument.Open(model is null ? WrittenDocument.Bytes() : WrittenDocument.Write(model));
        var section = WrittenDocument.Section(document, heading);
        Assert.All(section, p => Assert.Equal("Normal", p.Style));
        return section.Select(p => p.Text).ToList();
    }
}
