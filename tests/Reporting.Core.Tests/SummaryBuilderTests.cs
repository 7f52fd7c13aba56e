using Reporting.Core.Agencies;
using Reporting.Core.Submissions;
using Reporting.Core.Summary;
using static Reporting.Core.Tests.TestData;

namespace Reporting.Core.Tests;

public class SummaryBuilderTests
{
    private static PeriodSummary Build(AgencyDirectory directory, IReadOnlyCollection<ReportedValue> values, string period, string? compare = null) =>
        new SummaryBuilder(TestCatalog, directory).Build(values, P(period), compare is null ? null : P(compare));

    private static SummaryRow Row(PeriodSummary summary, string code) => summary.Rows.Single(r => r.Indicator.Code == code);

    [Fact]
    public void Build_ComparesWithTheSamePeriodLastYear_ByDefault()
    {
        var summary = Build(DirectoryOf(Agency("D1")), [], "2026-H1");

        Assert.Equal(P("2025-H1"), summary.ComparePeriod);
        Assert.Equal(new DateOnly(2026, 6, 30), summary.StructureDate);
        Assert.Equal(TestCatalog.Indicators.Count, summary.Rows.Count);
    }

    [Fact]
    public void Count_ChangeIsInPercent()
    {
        var values = new[] { Value("D1", Flow, "2026-01", 1500), Value("D1", Flow, "2025-01", 1200) };

        var row = Row(Build(DirectoryOf(Agency("D1")), values, "2026-01"), Flow);

        Assert.Equal(1500m, row.Value);
        Assert.Equal(1200m, row.CompareValue);
        Assert.Equal(ChangeUnit.Percent, row.ChangeUnit);
        Assert.Equal(25m, row.Change);
    }

    [Fact]
    public void Count_ChangeIsRoundedToTwoDecimals()
    {
        var values = new[] { Value("D1", Flow, "2026-01", 200), Value("D1", Flow, "2025-01", 300) };

        var row = Row(Build(DirectoryOf(Agency("D1")), values, "2026-01"), Flow);

        // (200 - 300) / 300 = -33.333...%
        Assert.Equal(-33.33m, row.Change);
    }

    [Fact]
    public void Rate_ChangeIsInPercentagePoints()
    {
        var values = new[]
        {
            Value("D1", Sent, "2026-01", 200), Value("D1", Signed, "2026-01", 150),
            Value("D1", Sent, "2025-01", 400), Value("D1", Signed, "2025-01", 240),
        };

        var row = Row(Build(DirectoryOf(Agency("D1")), values, "2026-01"), SignedRate);

        Assert.Equal(75m, row.Value);
        Assert.Equal(60m, row.CompareValue);
        Assert.Equal(ChangeUnit.PercentagePoints, row.ChangeUnit);
        Assert.Equal(15m, row.Change);
    }

    [Fact]
    public void ShareYes_ChangeIsInPercentagePoints()
    {
        var directory = DirectoryOf(Agency("C1", "commune"), Agency("C2", "commune"), Agency("C3", "commune"), Agency("C4", "commune"));
        var values = new[]
        {
            Value("C1", Yes, "2026-01", 1), Value("C2", Yes, "2026-01", 1), Value("C3", Yes, "2026-01", 1), Value("C4", Yes, "2026-01", 0),
            Value("C1", Yes, "2025-01", 1), Value("C2", Yes, "2025-01", 0), Value("C3", Yes, "2025-01", 0), Value("C4", Yes, "2025-01", 0),
        };

        var row = Row(Build(directory, values, "2026-01"), Yes);

        Assert.Equal(75m, row.Value);
        Assert.Equal(25m, row.CompareValue);
        Assert.Equal(ChangeUnit.PercentagePoints, row.ChangeUnit);
        Assert.Equal(50m, row.Change);
    }

    [Fact]
    public void DerivedRate_IsRoundedToTwoDecimals()
    {
        var values = new[] { Value("D1", Sent, "2026-01", 3), Value("D1", Signed, "2026-01", 2) };

        var row = Row(Build(DirectoryOf(Agency("D1")), values, "2026-01"), SignedRate);

        Assert.Equal(66.67m, row.Value);
    }

    [Fact]
    public void NoDataLastYear_MeansNoChange()
    {
        var values = new[] { Value("D1", Flow, "2026-01", 1500) };

        var row = Row(Build(DirectoryOf(Agency("D1")), values, "2026-01"), Flow);

        Assert.Null(row.CompareValue);
        Assert.Null(row.Change);
    }

    [Fact]
    public void ZeroLastYear_MeansNoPercentChange()
    {
        var values = new[] { Value("D1", Flow, "2026-01", 1500), Value("D1", Flow, "2025-01", 0) };

        var row = Row(Build(DirectoryOf(Agency("D1")), values, "2026-01"), Flow);

        Assert.Equal(0m, row.CompareValue);
        Assert.Null(row.Change);
    }

    [Fact]
    public void Target_AndAttainment_ComeFromTheYearOfThePeriod()
    {
        var values = new List<ReportedValue>();
        for (var m = 1; m <= 6; m++)
        {
            values.Add(Value("D1", Flow, Month(2026, m), 250));
            values.Add(Value("D1", Sent, Month(2026, m), 200));
            values.Add(Value("D1", Signed, Month(2026, m), 150));
        }

        var summary = Build(DirectoryOf(Agency("D1")), values, "2026-H1");

        Assert.Equal(1500m, Row(summary, Flow).Value);
        Assert.Equal(2000m, Row(summary, Flow).Target);
        Assert.Equal(75m, Row(summary, Flow).Attainment);
        Assert.Equal(90m, Row(summary, SignedRate).Target);

        // 75% of a 90% target: 83.333...
        Assert.Equal(83.33m, Row(summary, SignedRate).Attainment);
        Assert.Null(Row(summary, Stock).Target);
        Assert.Null(Row(summary, Stock).Attainment);
    }

    [Fact]
    public void Target_OfAnotherYear_IsNotUsed()
    {
        var values = new[] { Value("D1", Flow, "2025-01", 100) };

        var row = Row(Build(DirectoryOf(Agency("D1")), values, "2025-01"), Flow);

        Assert.Null(row.Target);
        Assert.Null(row.Attainment);
    }

    [Fact]
    public void Rows_CountReportedAndExpectedAgencies()
    {
        var directory = DirectoryOf(Agency("D1"), Agency("D2"), Agency("D3"), Agency("E1", "enterprise", indicators: [Amount]));
        var values = new[] { Value("D1", Flow, "2026-01", 1), Value("D3", Flow, "2026-01", 2), Value("E1", Amount, "2026-01", 3) };

        var summary = Build(directory, values, "2026-01");

        Assert.Equal(2, Row(summary, Flow).Reported);
        Assert.Equal(3, Row(summary, Flow).Expected);
        Assert.Equal(1, Row(summary, Amount).Reported);
        Assert.Equal(4, Row(summary, Amount).Expected);
    }

    [Fact]
    public void HalfYearAfterTheMerger_ComparesWithThePredecessorsSum_CarriedByTheSuccessor()
    {
        var directory = DirectoryOf(
            Agency("D1"),
            Agency("O1", "commune", until: "2025-06-30"),
            Agency("O2", "commune", until: "2025-06-30"),
            Agency("N", "commune", from: "2025-07-01", replaces: ["O1", "O2"]));
        var values = new List<ReportedValue>();
        decimal o1 = 0, o2 = 0, d1Before = 0, now = 0;
        for (var m = 1; m <= 6; m++)
        {
            values.Add(Value("O1", Flow, Month(2025, m), m * 10));
            values.Add(Value("O2", Flow, Month(2025, m), m * 100));
            values.Add(Value("D1", Flow, Month(2025, m), 5));
            values.Add(Value("O1", Stock, Month(2025, m), 300 + m));
            values.Add(Value("O2", Stock, Month(2025, m), 200 + m));
            values.Add(Value("N", Flow, Month(2026, m), 3000));
            values.Add(Value("D1", Flow, Month(2026, m), 7));
            values.Add(Value("N", Stock, Month(2026, m), 600 + m));
            o1 += m * 10;
            o2 += m * 100;
            d1Before += 5;
            now += 3000 + 7;
        }

        var summary = Build(directory, values, "2026-H1");
        var flow = Row(summary, Flow);

        Assert.Equal(now, flow.Value);
        Assert.Equal(o1 + o2 + d1Before, flow.CompareValue);
        Assert.Equal(Math.Round((now - (o1 + o2 + d1Before)) / (o1 + o2 + d1Before) * 100, 2), flow.Change);
        Assert.Equal(o1 + o2, summary.Compare.Agency("N", Flow).Value);
        Assert.Equal(o1 + o2, summary.Compare.Group("commune", Flow).Value);
        Assert.Null(summary.Compare.Agency("O1", Flow).Value);
        Assert.Equal(["O1", "O2"], summary.Compare.CarriedInto("N").Order(StringComparer.Ordinal));
        Assert.True(summary.CompareHasCarriedFigures);
        Assert.False(summary.Current.HasCarriedFigures);
        Assert.Equal(606m, Row(summary, Stock).Value);
        Assert.Equal(306m + 206, Row(summary, Stock).CompareValue);
        Assert.Equal(3, flow.Compare.Expected);
        Assert.Equal(2, flow.Current.Expected);
    }

    [Fact]
    public void YearAcrossTheMerger_StockIsTheSuccessorsDecemberValue()
    {
        var directory = DirectoryOf(
            Agency("O1", "commune", until: "2025-06-30"),
            Agency("O2", "commune", until: "2025-06-30"),
            Agency("N", "commune", from: "2025-07-01", replaces: ["O1", "O2"]));
        var values = new[]
        {
            Value("O1", Stock, "2025-06", 300), Value("O2", Stock, "2025-06", 200),
            Value("N", Stock, "2025-07", 505), Value("N", Stock, "2025-12", 520),
        };

        var row = Row(Build(directory, values, "2025"), Stock);

        Assert.Equal(520m, row.Value);
    }
}
