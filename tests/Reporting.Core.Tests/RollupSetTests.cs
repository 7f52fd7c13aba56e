using Reporting.Core.Aggregation;
using Reporting.Core.Periods;
using Reporting.Core.Submissions;

namespace Reporting.Core.Tests;

public class RollupSetTests
{
    private static readonly PeriodId H1 = PeriodId.Parse("2026-H1");

    private static PeriodRollup Rollup(string agency, string indicator, decimal value) =>
        PeriodRollup.Of(H1, [new ReportedValue(1, agency, indicator, PeriodId.Parse("2026-03"), value)]);

    [Fact]
    public void Replacing_SwapsTheAgenciesRollupsAlone_DropsTheIndicatorsTheyNoLongerHave_AndLeavesTheSetAsItWas()
    {
        var set = new RollupSet(H1, [Rollup("A", "SENT", 10), Rollup("A", "SIGNED", 4), Rollup("B", "SENT", 7)]);

        var replaced = set.Replacing(new HashSet<string> { "A" }, [Rollup("A", "SENT", 12)]);

        Assert.Equal(12, replaced.Of("SENT")["A"].Sum);
        Assert.Equal(7, replaced.Of("SENT")["B"].Sum);
        Assert.False(replaced.Of("SIGNED").ContainsKey("A"));
        Assert.Equal(10, set.Of("SENT")["A"].Sum);
        Assert.Equal(4, set.Of("SIGNED")["A"].Sum);
    }

    [Fact]
    public void Replacing_WithARollupOfAnotherAgencyOrPeriod_IsRefused()
    {
        var set = new RollupSet(H1, [Rollup("A", "SENT", 10)]);

        Assert.Throws<ArgumentException>(() => set.Replacing(new HashSet<string> { "A" }, [Rollup("B", "SENT", 1)]));
        var ofQ1 = PeriodRollup.Of(PeriodId.Parse("2026-Q1"), [new ReportedValue(1, "A", "SENT", PeriodId.Parse("2026-03"), 1)]);
        Assert.Throws<ArgumentException>(() => set.Replacing(new HashSet<string> { "A" }, [ofQ1]));
    }
}
