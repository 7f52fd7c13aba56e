using Reporting.Core.Agencies;
using Reporting.Core.Catalog;
using Reporting.Core.Periods;
using Reporting.Core.Submissions;
using Reporting.Core.Validation;

namespace Reporting.Core.Tests;

public class TemplatesTests
{
    private static readonly DateOnly NewYear2026 = new(2026, 1, 1);

    [Fact]
    public void Templates_LoadWithoutErrors_AndHoldAtLeast30Indicators()
    {
        Assert.True(RepoTemplates.Catalog.Indicators.Count >= 30, "indicators: " + RepoTemplates.Catalog.Indicators.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.NotEmpty(RepoTemplates.Directory.Agencies);
    }

    [Theory]
    [InlineData("POST.BRANCHES", ValueKind.Count, TimeRule.Stock, AgencyRule.Sum)]
    [InlineData("POST.REVENUE", ValueKind.Amount, TimeRule.Flow, AgencyRule.Sum)]
    [InlineData("TEL.PHONE_SUBS", ValueKind.Count, TimeRule.Stock, AgencyRule.Sum)]
    [InlineData("TEL.MBB_SUBS", ValueKind.Count, TimeRule.Stock, AgencyRule.Sum)]
    [InlineData("TEL.FBB_SUBS", ValueKind.Count, TimeRule.Stock, AgencyRule.Sum)]
    [InlineData("TEL.REVENUE", ValueKind.Amount, TimeRule.Flow, AgencyRule.Sum)]
    [InlineData("TEL.BUDGET", ValueKind.Amount, TimeRule.Flow, AgencyRule.Sum)]
    [InlineData("EDOC.CONNECTED", ValueKind.YesNo, TimeRule.Stock, AgencyRule.ShareYes)]
    [InlineData("EDOC.SENT", ValueKind.Count, TimeRule.Flow, AgencyRule.Sum)]
    [InlineData("EDOC.SIGNED", ValueKind.Count, TimeRule.Flow, AgencyRule.Sum)]
    [InlineData("CERT.ISSUED", ValueKind.Count, TimeRule.Stock, AgencyRule.Sum)]
    [InlineData("PROC.TOTAL", ValueKind.Count, TimeRule.Stock, AgencyRule.Sum)]
    [InlineData("PROC.FULL_ONLINE", ValueKind.Count, TimeRule.Stock, AgencyRule.Sum)]
    [InlineData("PROC.PARTIAL_ONLINE", ValueKind.Count, TimeRule.Stock, AgencyRule.Sum)]
    [InlineData("PROC.INFO_ONLY", ValueKind.Count, TimeRule.Stock, AgencyRule.Sum)]
    [InlineData("REC.DIRECT", ValueKind.Count, TimeRule.Flow, AgencyRule.Sum)]
    [InlineData("REC.ONLINE", ValueKind.Count, TimeRule.Flow, AgencyRule.Sum)]
    [InlineData("REC.ONLINE_PARTIAL", ValueKind.Count, TimeRule.Flow, AgencyRule.Sum)]
    [InlineData("REC.ONLINE_FULL", ValueKind.Count, TimeRule.Flow, AgencyRule.Sum)]
    public void Templates_SubmittedIndicators_HaveTheirRules(string code, ValueKind kind, TimeRule overTime, AgencyRule overAgencies)
    {
        var indicator = RepoTemplates.Catalog[code];

        Assert.False(indicator.IsDerived);
        Assert.Equal(kind, indicator.Kind);
        Assert.Equal(overTime, indicator.OverTime);
        Assert.Equal(overAgencies, indicator.OverAgencies);
        Assert.NotEmpty(indicator.ReportedBy);
        Assert.Contains(RepoTemplates.Directory.Agencies, a => a.Reports(code));
    }

    [Theory]
    [InlineData("EDOC.SIGNED", "EDOC.SENT")]
    [InlineData("PROC.FULL_ONLINE", "PROC.TOTAL")]
    [InlineData("PROC.PARTIAL_ONLINE", "PROC.TOTAL")]
    [InlineData("PROC.INFO_ONLY", "PROC.TOTAL")]
    [InlineData("REC.ONLINE_PARTIAL", "REC.ONLINE")]
    [InlineData("REC.ONLINE_FULL", "REC.ONLINE")]
    public void Templates_Parts_NameTheirWhole(string part, string whole)
    {
        Assert.Equal(whole, RepoTemplates.Catalog[part].PartOf);
    }

    [Fact]
    public void Templates_Totals_AreTheSumOfTheirComponents()
    {
        Assert.Equal(["PROC.FULL_ONLINE", "PROC.PARTIAL_ONLINE", "PROC.INFO_ONLY"], RepoTemplates.Catalog["PROC.TOTAL"].SumOf!);
        Assert.Equal(["REC.ONLINE_PARTIAL", "REC.ONLINE_FULL"], RepoTemplates.Catalog["REC.ONLINE"].SumOf!);
    }

    [Theory]
    [InlineData("EDOC.SIGNED_RATE", "EDOC.SIGNED=150;EDOC.SENT=200", "75")]
    [InlineData("PROC.FULL_ONLINE_RATE", "PROC.FULL_ONLINE=80;PROC.TOTAL=320", "25")]
    [InlineData("REC.ONLINE_RATE", "REC.ONLINE=300;REC.DIRECT=700", "30")]
    public void Templates_Rates_AreDerivedFromTheirParts(string code, string parts, string expected)
    {
        var values = parts.Split(';').Select(p => p.Split('=')).ToDictionary(
            p => p[0], p => (decimal?)decimal.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture), StringComparer.Ordinal);
        var indicator = RepoTemplates.Catalog[code];

        Assert.True(indicator.IsDerived);
        Assert.Equal(ValueKind.Rate, indicator.Kind);
        Assert.True(indicator.IsRate);
        Assert.Equal(values.Keys.Order(StringComparer.Ordinal), indicator.Formula!.Codes.Order(StringComparer.Ordinal));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), indicator.Formula.Evaluate(c => values[c]));
        Assert.DoesNotContain(RepoTemplates.Directory.Agencies, a => a.Reports(code));
    }

    [Theory]
    [InlineData("department", 20)]
    [InlineData("commune", 90)]
    [InlineData("enterprise", 6)]
    public void Templates_HaveEnoughActiveAgencies_On1January2026(string group, int minimum)
    {
        var active = RepoTemplates.Directory.Agencies.Count(a => a.Group == group && a.IsActiveOn(NewYear2026));

        Assert.True(active >= minimum, $"{group}: {active.ToString(System.Globalization.CultureInfo.InvariantCulture)} active");
    }

    [Fact]
    public void Templates_EveryAgencyThatEnded_IsCarriedByAnAgencyActiveToday()
    {
        var directory = RepoTemplates.Directory;
        var today = new DateOnly(2026, 6, 30);

        var orphans = directory.Agencies.Where(a => a.ActiveUntil is not null && !directory.CarriedBy(a.Code, today).IsActiveOn(today)).Select(a => a.Code).ToList();

        Assert.Empty(orphans);
    }

    [Fact]
    public void Templates_MergedCommunes_CarryTheirPredecessorsIntoTheSuccessor()
    {
        var directory = RepoTemplates.Directory;
        var successor = directory.Agencies.First(a => a.Group == "commune" && a.Replaces.Count >= 2);

        foreach (var old in successor.Replaces)
        {
            Assert.Equal(new DateOnly(2025, 6, 30), directory[old].ActiveUntil);
            Assert.Equal(successor.Code, directory.CarriedBy(old, new DateOnly(2026, 6, 30)).Code);
            Assert.Equal(old, directory.CarriedBy(old, new DateOnly(2025, 6, 30)).Code);
        }

        Assert.Equal(new DateOnly(2025, 7, 1), successor.ActiveFrom);
    }

    [Fact]
    public void Templates_OldCommuneSubmittingAfterTheMerger_IsToldItsSuccessor_AndPartsAreChecked()
    {
        var directory = RepoTemplates.Directory;
        var successor = directory.Agencies.First(a => a.Group == "commune" && a.Replaces.Count >= 2);
        var old = directory[successor.Replaces[0]];
        var values = old.Indicators.Select((code, row) => new ParsedValue(code, null, "D" + (row + 7).ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
        values[values.FindIndex(v => v.IndicatorCode == "EDOC.SENT")] = new ParsedValue("EDOC.SENT", 1200, "D8");
        values[values.FindIndex(v => v.IndicatorCode == "EDOC.SIGNED")] = new ParsedValue("EDOC.SIGNED", 1250, "D9");
        var period = old.Frequency == ReportingFrequency.Monthly ? "2026-01" : "2026-Q1";
        var submission = new ParsedSubmission("f.xlsx", "Data", old.Code, "B2", PeriodId.Parse(period), "B3", values, [], "sha");

        var issues = new SubmissionValidator(RepoTemplates.Catalog, directory).Validate(submission, [], new DateOnly(2026, 7, 10));

        Assert.Equal(2, issues.Count);
        Assert.Contains(issues, i => i.Cell == "B2" && i.Message.Contains($"merged into {successor.Code}", StringComparison.Ordinal) && i.Message.Contains("on 2025-07-01", StringComparison.Ordinal));
        Assert.Contains(issues, i => i.Cell == "D9" && i.Message.Contains("EDOC.SIGNED (1,250) in D9 is greater than EDOC.SENT (1,200) in D8", StringComparison.Ordinal));
    }
}
