using Reporting.Core.Catalog;
using Reporting.Core.Periods;
using Reporting.Core.Reports;

namespace Reporting.Core.Tests;

/// <summary>A period typed as people write it, in Vietnamese or English, reads as the period they mean.</summary>
public class PeriodTextTests
{
    public static TheoryData<string, string> Written => new()
    {
        // The strict form, in any case and with spaces around it.
        { "2026-06", "2026-06" },
        { " 2026-h1 ", "2026-H1" },
        { "2026-q2", "2026-Q2" },
        { "2026-9m", "2026-9M" },
        { "2026", "2026" },

        // Months.
        { "6/2026", "2026-06" },
        { "06/2026", "2026-06" },
        { "12-2026", "2026-12" },
        { "T6/2026", "2026-06" },
        { "t 06 / 2026", "2026-06" },
        { "tháng 6/2026", "2026-06" },
        { "Tháng 06 năm 2026", "2026-06" },
        { "thang 6/2026", "2026-06" },
        { "2026/6", "2026-06" },
        { "2026-6", "2026-06" },
        { "June 2026", "2026-06" },
        { "jun 2026", "2026-06" },
        { "Sept 2026", "2026-09" },
        { "May 2026", "2026-05" },

        // Quarters, Roman numerals as Vietnamese documents write them.
        { "Q2/2026", "2026-Q2" },
        { "q2 2026", "2026-Q2" },
        { "2026 Q3", "2026-Q3" },
        { "quý 2/2026", "2026-Q2" },
        { "Quý II năm 2026", "2026-Q2" },
        { "quy iv/2026", "2026-Q4" },
        { "Quarter 1 2026", "2026-Q1" },

        // Half-years.
        { "H1/2026", "2026-H1" },
        { "h2 2026", "2026-H2" },
        { "6 tháng đầu năm 2026", "2026-H1" },
        { "6 THÁNG CUỐI NĂM 2026", "2026-H2" },
        { "sáu tháng đầu năm 2026", "2026-H1" },
        { "6 thang dau nam 2026", "2026-H1" },
        { "First half of 2026", "2026-H1" },
        { "second half 2026", "2026-H2" },

        // Nine months and years.
        { "9 tháng đầu năm 2026", "2026-9M" },
        { "9 tháng 2026", "2026-9M" },
        { "first nine months of 2026", "2026-9M" },
        { "9M/2026", "2026-9M" },
        { "năm 2026", "2026" },
        { "Year 2026", "2026" },
    };

    [Theory]
    [MemberData(nameof(Written))]
    public void TryRead_ReadsTheWaysPeopleWriteAPeriod(string text, string expected)
    {
        Assert.True(PeriodText.TryRead(text, out var period, out var error), error);
        Assert.Equal(PeriodId.Parse(expected), period);
    }

    [Fact]
    public void EveryNameTheReportsPrint_ReadsBackAsItsPeriod()
    {
        var periods = new List<PeriodId>();
        foreach (var year in new[] { 2000, 2025, 2026, 2100 })
        {
            periods.AddRange(Enumerable.Range(1, 12).Select(m => new PeriodId(PeriodKind.Month, year, m)));
            periods.AddRange(Enumerable.Range(1, 4).Select(q => new PeriodId(PeriodKind.Quarter, year, q)));
            periods.AddRange([new(PeriodKind.HalfYear, year, 1), new(PeriodKind.HalfYear, year, 2), new(PeriodKind.NineMonths, year, 1), new(PeriodKind.Year, year, 1)]);
        }

        foreach (var period in periods)
        {
            foreach (var language in new[] { Language.Vietnamese, Language.English })
            {
                var name = ReportFormat.PeriodName(period, language);
                foreach (var written in new[] { name, name.Capitalized(), period.ToString() })
                {
                    Assert.True(PeriodText.TryRead(written, out var read, out var error), $"{written}: {error}");
                    Assert.Equal(period, read);
                }
            }
        }
    }

    [Theory]
    [InlineData("2026-13", "'2026-13' is not a period: write 2026-06 or 6/2026 (month)")]
    [InlineData("13/2026", "'13/2026' is not a period: write 2026-06 or 6/2026 (month)")]
    [InlineData("tháng 0/2026", "'tháng 0/2026' is not a period: write 2026-06 or 6/2026 (month)")]
    [InlineData("quý 5/2026", "'quý 5/2026' is not a period: write")]
    [InlineData("H3/2026", "'H3/2026' is not a period: write")]
    [InlineData("1999-06", "'1999-06': year 1999 is outside 2000-2100")]
    [InlineData("6/1999", "'6/1999': year 1999 is outside 2000-2100")]
    [InlineData("tháng 6", "'tháng 6' is not a period: write")]
    [InlineData("6 tháng đầu năm", "'6 tháng đầu năm' is not a period: write")]
    [InlineData("ju 2026", "'ju 2026' is not a period: write")]
    [InlineData("Juneteenth 2026", "'Juneteenth 2026' is not a period: write")]
    [InlineData("6/2026/1", "'6/2026/1' is not a period: write")]
    [InlineData("", "'' is not a period: write")]
    public void TryRead_RefusesWhatIsNoPeriod_SayingHowToWriteOne(string text, string message)
    {
        Assert.False(PeriodText.TryRead(text, out _, out var error));
        Assert.StartsWith(message, error, StringComparison.Ordinal);
    }
}
