using Reporting.Core.Agencies;
using Reporting.Core.Periods;
using Reporting.Core.Submissions;
using Reporting.Core.Validation;
using static Reporting.Core.Tests.TestData;

namespace Reporting.Core.Tests;

public class SubmissionValidatorTests
{
    private const string File = "bao-cao.xlsx";
    private const string Sheet = "Data";

    private static readonly AgencyDirectory Agencies = DirectoryOf(
        Agency("DEP"),
        Agency("QTR", "commune", ReportingFrequency.Quarterly),
        Agency("HALF", "commune", ReportingFrequency.HalfYearly),
        Agency("OLD1", "commune", until: "2025-06-30"),
        Agency("OLD2", "commune", until: "2025-06-30"),
        Agency("NEW", "commune", from: "2025-07-01", replaces: ["OLD1", "OLD2"]),
        Agency("GONE", "department", until: "2024-12-31"),
        Agency("ENT", "enterprise", indicators: [Flow, Amount]));

    /// <summary>Consistent values for every indicator of the test catalog, in catalog order from row 7.</summary>
    private static readonly Dictionary<string, decimal?> Good = new(StringComparer.Ordinal)
    {
        [Flow] = 10,
        [Stock] = 20,
        [Yes] = 1,
        [Sent] = 1200,
        [Signed] = 1000,
        [Total] = 100,
        [Part1] = 50,
        [Part2] = 30,
        [Part3] = 20,
        [Amount] = 12.5m,
        [Percent] = 95.5m,
    };

    private static string CellOf(string code) => "D" + (7 + SubmittedCodes.ToList().IndexOf(code)).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static ParsedSubmission Submission(
        string? agency = "DEP",
        string? period = "2026-02",
        Dictionary<string, decimal?>? changes = null,
        string[]? omit = null,
        IReadOnlyList<ValidationIssue>? readerIssues = null)
    {
        var codes = Agencies.Find(agency ?? string.Empty)?.Indicators ?? SubmittedCodes;
        var values = codes
            .Where(c => omit is null || !omit.Contains(c))
            .Select(c => new ParsedValue(c, changes is not null && changes.TryGetValue(c, out var v) ? v : Good[c], CellOf(c)))
            .ToList();
        foreach (var extra in (changes ?? []).Keys.Where(c => !codes.Contains(c)))
        {
            values.Add(new ParsedValue(extra, changes![extra], "D30"));
        }

        return new ParsedSubmission(
            File, Sheet, agency, "B2", period is null ? null : PeriodId.Parse(period), "B3", values, readerIssues ?? [], "sha");
    }

    /// <summary>After every period these tests submit has begun.</summary>
    private static readonly DateOnly Today = new(2026, 7, 10);

    private static IReadOnlyList<ValidationIssue> Validate(ParsedSubmission submission, IReadOnlyList<ReportedValue>? history = null) =>
        new SubmissionValidator(TestCatalog, Agencies).Validate(submission, history ?? [], Today);

    private static ValidationIssue SingleError(IReadOnlyList<ValidationIssue> issues)
    {
        var issue = Assert.Single(issues);
        Assert.Equal(Severity.Error, issue.Severity);
        Assert.Equal(File, issue.File);
        Assert.Equal(Sheet, issue.Sheet);
        return issue;
    }

    [Theory]
    [InlineData("DEP", "2026-02")]
    [InlineData("QTR", "2026-Q1")]
    [InlineData("HALF", "2026-H1")]
    [InlineData("OLD1", "2025-06")]
    [InlineData("NEW", "2025-07")]
    [InlineData("ENT", "2026-02")]
    public void Validate_AcceptsAConsistentSubmission(string agency, string period)
    {
        Assert.Empty(Validate(Submission(agency, period)));
    }

    [Fact]
    public void Validate_KeepsTheReadersIssues_First()
    {
        var reader = new ValidationIssue(File, Sheet, "D9", Sent, "'abc' is not a number");

        var issues = Validate(Submission(changes: new() { [Signed] = 2000 }, readerIssues: [reader]));

        Assert.Equal(2, issues.Count);
        Assert.Same(reader, issues[0]);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void Validate_MissingAgency_IsAnErrorAtTheAgencyCell(string? agency)
    {
        var issue = Validate(Submission(agency: agency)).Single(i => i.Cell == "B2");

        Assert.Contains("agency code is missing", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_UnknownAgency_IsAnErrorAtTheAgencyCell()
    {
        var issue = SingleError(Validate(Submission(agency: "XYZ")));

        Assert.Equal("B2", issue.Cell);
        Assert.Contains("unknown agency code 'XYZ'", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_OldCommuneAfterTheMerger_SaysWhichCommuneItWasMergedIntoAndWhen()
    {
        var issue = SingleError(Validate(Submission("OLD1", "2026-01")));

        Assert.Equal("B2", issue.Cell);
        Assert.Contains("OLD1", issue.Message, StringComparison.Ordinal);
        Assert.Contains("merged into NEW", issue.Message, StringComparison.Ordinal);
        Assert.Contains("on 2025-07-01", issue.Message, StringComparison.Ordinal);
        Assert.Contains("2026-01", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_AgencyThatCeasedWithoutSuccessor_SaysWhen()
    {
        var issue = SingleError(Validate(Submission("GONE", "2026-01")));

        Assert.Contains("ceased on 2024-12-31", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NewCommuneBeforeItExisted_SaysFromWhenAndWhoReportsInstead()
    {
        var issue = SingleError(Validate(Submission("NEW", "2025-03")));

        Assert.Equal("B2", issue.Cell);
        Assert.Contains("NEW", issue.Message, StringComparison.Ordinal);
        Assert.Contains("exists from 2025-07-01", issue.Message, StringComparison.Ordinal);
        Assert.Contains("2025-03", issue.Message, StringComparison.Ordinal);
        Assert.Contains("OLD1, OLD2", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_PeriodThatHasNotBegun_IsAnErrorAtThePeriodCell_InBothLanguages()
    {
        var issues = new SubmissionValidator(TestCatalog, Agencies).Validate(Submission(period: "2026-03"), [], new DateOnly(2026, 2, 27));

        var issue = SingleError(issues);
        Assert.Equal("B3", issue.Cell);
        Assert.Equal("the period 2026-03 has not begun yet: it begins on 2026-03-01 and today is 2026-02-27; a period's figures can be sent once it has begun: check the period", issue.Message);
        Assert.Equal("kỳ 2026-03 chưa bắt đầu: kỳ bắt đầu từ 01/03/2026, hôm nay là 27/02/2026; chỉ gửi số liệu của kỳ đã bắt đầu: hãy kiểm tra lại kỳ báo cáo", issue.MessageVi);
    }

    [Theory]
    [InlineData("2026-03-01", "2026-03", 1)]
    [InlineData("2026-03-31", "2026-Q1", 1)]
    [InlineData("2026-02-15", "2026-03", 15)]
    public void Validate_PeriodThatHasBegun_IsAccepted_EvenBeforeItEnds(string today, string period, int cutoffDay)
    {
        var agency = period.Contains('Q', StringComparison.Ordinal) ? "QTR" : "DEP";
        var validator = new SubmissionValidator(TestCatalog, Agencies, new PeriodCalendar(CutoffDay: cutoffDay));

        Assert.Empty(validator.Validate(Submission(agency, period), [], DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Validate_PeriodThatBeginsAtTheCutOff_IsRefusedTheDayBefore()
    {
        // With a cut-off on the 15th, March runs from 15 February.
        var validator = new SubmissionValidator(TestCatalog, Agencies, new PeriodCalendar(CutoffDay: 15));

        var issue = SingleError(validator.Validate(Submission(period: "2026-03"), [], new DateOnly(2026, 2, 14)));

        Assert.Contains("it begins on 2026-02-15 and today is 2026-02-14", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MissingPeriod_IsAnErrorAtThePeriodCell()
    {
        var issue = SingleError(Validate(Submission(period: null)));

        Assert.Equal("B3", issue.Cell);
        Assert.Contains("period is missing", issue.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("QTR", "2026-02", "agency QTR reports quarterly: submit 2026-Q1, not 2026-02")]
    [InlineData("HALF", "2026-Q2", "agency HALF reports half-yearly: submit 2026-H1, not 2026-Q2")]
    [InlineData("DEP", "2026-Q1", "agency DEP reports monthly: submit 2026-01 to 2026-03 separately, not 2026-Q1")]
    [InlineData("QTR", "2026-H1", "agency QTR reports quarterly: submit 2026-Q1 to 2026-Q2 separately, not 2026-H1")]
    public void Validate_PeriodOfTheWrongKind_SaysWhatToSubmit(string agency, string period, string expected)
    {
        var issue = Validate(Submission(agency, period)).Single(i => i.Cell == "B3");

        Assert.Equal(Severity.Error, issue.Severity);
        Assert.Equal(expected, issue.Message);
    }

    [Fact]
    public void Validate_RowForAnIndicatorTheAgencyDoesNotReport_IsAnError()
    {
        var issue = SingleError(Validate(Submission("ENT", changes: new() { [Sent] = 5 })));

        Assert.Equal("D30", issue.Cell);
        Assert.Equal(Sent, issue.IndicatorCode);
        Assert.Contains("agency ENT does not report T.SENT", issue.Message, StringComparison.Ordinal);
        Assert.Contains("đơn vị ENT không báo cáo T.SENT (Gửi)", issue.MessageIn(Reporting.Core.Catalog.Language.Vietnamese), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_DerivedIndicatorSubmitted_IsAnError()
    {
        var issue = SingleError(Validate(Submission(changes: new() { [SignedRate] = 83.33m })));

        Assert.Equal("D30", issue.Cell);
        Assert.Equal(SignedRate, issue.IndicatorCode);
        Assert.Contains("T.SIGNED_RATE is computed", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_UnknownIndicator_IsAnError()
    {
        var issue = SingleError(Validate(Submission(changes: new() { ["T.NOPE"] = 1 })));

        Assert.Contains("unknown indicator code T.NOPE", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_IndicatorTwice_IsAnError()
    {
        var submission = Submission();
        submission = submission with { Values = [.. submission.Values, new ParsedValue(Flow, 10, "D40")] };

        var issue = SingleError(Validate(submission));

        Assert.Equal("D40", issue.Cell);
        Assert.Contains("T.FLOW appears twice, in D7 and D40", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MissingIndicatorRow_IsAnError()
    {
        var issue = SingleError(Validate(Submission(omit: [Stock])));

        Assert.Equal(Stock, issue.IndicatorCode);
        Assert.Contains("missing indicator row for T.STOCK (Stock)", issue.Message, StringComparison.Ordinal);
        Assert.Contains("thiếu dòng chỉ tiêu T.STOCK (Tồn)", issue.MessageIn(Reporting.Core.Catalog.Language.Vietnamese), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_EmptyValue_IsNotReported_AndFine()
    {
        Assert.Empty(Validate(Submission(changes: new() { [Stock] = null, [Sent] = null, [Part3] = null })));
    }

    [Theory]
    [InlineData(Flow, "-5", "T.FLOW (-5) in D7: a count or amount cannot be negative")]
    [InlineData(Amount, "-0.5", "T.AMOUNT (-0.5) in D16: a count or amount cannot be negative")]
    [InlineData(Yes, "2", "T.YES (2) in D9: must be 1 (yes) or 0 (no)")]
    [InlineData(Yes, "0.5", "T.YES (0.5) in D9: must be 1 (yes) or 0 (no)")]
    [InlineData(Percent, "120", "T.PCT (120) in D17: a rate must be between 0 and 100")]
    [InlineData(Percent, "-1", "T.PCT (-1) in D17: a rate must be between 0 and 100")]
    [InlineData(Flow, "1001", "T.FLOW (1,001) in D7: value over the sanity bound of 1,000")]
    [InlineData(Stock, "5001", "T.STOCK (5,001) in D8: value over the sanity bound of 5,000")]
    public void Validate_ValueOutOfBounds_IsAnErrorAtItsCell(string code, string value, string expected)
    {
        var number = decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);

        var issue = SingleError(Validate(Submission(changes: new() { [code] = number })));

        Assert.Equal(CellOf(code), issue.Cell);
        Assert.Equal(code, issue.IndicatorCode);
        Assert.StartsWith(expected, issue.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("QTR", "2026-Q1", Flow, 3000, null)]
    [InlineData("QTR", "2026-Q1", Flow, 3001, "value over the sanity bound of 3,000 (1,000 a month x 3 months)")]
    [InlineData("HALF", "2026-H1", Flow, 6000, null)]
    [InlineData("HALF", "2026-H1", Flow, 6001, "value over the sanity bound of 6,000 (1,000 a month x 6 months)")]
    [InlineData("QTR", "2026-Q1", Stock, 5001, "value over the sanity bound of 5,000")]
    [InlineData("HALF", "2026-H1", Stock, 5001, "value over the sanity bound of 5,000")]
    public void Validate_SanityBoundOfAFlow_ScalesWithTheMonthsOfTheSubmission(string agency, string period, string code, int value, string? expected)
    {
        var issues = Validate(Submission(agency, period, new() { [code] = value }));

        if (expected is null)
        {
            Assert.Empty(issues);
        }
        else
        {
            Assert.Contains(expected, SingleError(issues).Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Validate_PartGreaterThanWhole_NamesBothCellsAndValues()
    {
        var issue = SingleError(Validate(Submission(changes: new() { [Signed] = 1250 })));

        Assert.Equal(CellOf(Signed), issue.Cell);
        Assert.Equal(Signed, issue.IndicatorCode);
        Assert.Contains($"T.SIGNED (1,250) in {CellOf(Signed)} is greater than T.SENT (1,200) in {CellOf(Sent)}", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_PartEqualToWhole_IsFine()
    {
        Assert.Empty(Validate(Submission(changes: new() { [Signed] = 1200 })));
    }

    [Fact]
    public void Validate_PartWithAnEmptyWhole_IsNotChecked()
    {
        Assert.Empty(Validate(Submission(changes: new() { [Sent] = null, [Signed] = 99999 })));
    }

    [Fact]
    public void Validate_ComponentsNotAddingUpToTheTotal_ShowsTheSum()
    {
        var issue = SingleError(Validate(Submission(changes: new() { [Part3] = 15 })));

        Assert.Equal(CellOf(Total), issue.Cell);
        Assert.Equal(Total, issue.IndicatorCode);
        Assert.Contains($"T.TOTAL (100) in {CellOf(Total)} is not the sum of T.P1 + T.P2 + T.P3", issue.Message, StringComparison.Ordinal);
        Assert.Contains("50 + 30 + 15 = 95", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SumWithAnEmptyComponent_IsNotChecked()
    {
        Assert.Empty(Validate(Submission(changes: new() { [Part2] = null })));
    }

    [Fact]
    public void Validate_ValueFarAboveTheAgencysHistory_IsAWarning()
    {
        var history = new[]
        {
            Value("DEP", Sent, "2025-10", 1000),
            Value("DEP", Sent, "2025-11", 1200),
            Value("DEP", Sent, "2025-12", 900),
            Value("DEP", Sent, "2026-01", 1100),
        };

        var issues = Validate(Submission(changes: new() { [Sent] = 12000 }), history);

        var issue = Assert.Single(issues);
        Assert.Equal(Severity.Warning, issue.Severity);
        Assert.Equal(CellOf(Sent), issue.Cell);
        Assert.Contains("far above this agency's usual value (median 1,050 over 4 earlier reports)", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ValueFarBelowTheAgencysHistory_IsAWarning()
    {
        var history = new[]
        {
            Value("DEP", Sent, "2025-11", 1200),
            Value("DEP", Sent, "2025-12", 900),
            Value("DEP", Sent, "2026-01", 1100),
        };

        var issues = Validate(Submission(changes: new() { [Sent] = 100, [Signed] = 50 }), history);

        var issue = Assert.Single(issues);
        Assert.Equal(Severity.Warning, issue.Severity);
        Assert.Contains("T.SENT (100) in", issue.Message, StringComparison.Ordinal);
        Assert.Contains("far below this agency's usual value (median 1,100 over 3 earlier reports)", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_History_NeedsThreeEarlierReportsOfTheSameKind()
    {
        var history = new[]
        {
            Value("DEP", Sent, "2025-12", 1000),
            Value("DEP", Sent, "2026-01", 1000),
            Value("DEP", Sent, "2025-Q3", 1000),
            Value("DEP", Sent, "2025-Q4", 1000),
            Value("DEP", Sent, "2026-03", 1000),
            Value("DEP", Sent, "2026-02", 1000),
            Value("OTHER", Sent, "2025-11", 1000),
        };

        Assert.Empty(Validate(Submission(changes: new() { [Sent] = 50000 }), history));
    }

    [Fact]
    public void Validate_WithinTenTimesTheMedian_IsNoWarning()
    {
        var history = new[] { Value("DEP", Sent, "2025-11", 1000), Value("DEP", Sent, "2025-12", 1000), Value("DEP", Sent, "2026-01", 1000) };

        Assert.Empty(Validate(Submission(changes: new() { [Sent] = 10000 }), history));
    }

    [Fact]
    public void Issue_ToString_ReadsAsOneLine()
    {
        var issue = SingleError(Validate(Submission(changes: new() { [Signed] = 1250 })));

        Assert.StartsWith($"bao-cao.xlsx, sheet 'Data', cell {CellOf(Signed)}, T.SIGNED: T.SIGNED (1,250)", issue.ToString(), StringComparison.Ordinal);
    }
}
