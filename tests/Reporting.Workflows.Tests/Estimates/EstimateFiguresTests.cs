using System.Globalization;
using ClosedXML.Excel;
using Reporting.Core.Agencies;
using Reporting.Core.Catalog;
using Reporting.Core.Periods;
using Reporting.Core.Reports;
using Reporting.Core.Submissions;
using Reporting.Core.Summary;
using Reporting.Testing;
using Reporting.Workflows.Queries;
using Reporting.Workflows.Reports;

namespace Reporting.Workflows.Tests.Estimates;

/// <summary>
/// A province where a few agencies sent June as an estimate: every figure built on their values is marked, with how many
/// agencies' values are estimates, counted here from the submissions themselves; the final versions clear the marks.
/// </summary>
public sealed class EstimateFiguresTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Received = new(2026, 7, 2, 8, 0, 0, TimeSpan.FromHours(7));
    private static readonly PeriodId June = PeriodId.Parse("2026-06");
    private static readonly PeriodId SecondQuarter = PeriodId.Parse("2026-Q2");

    private TestDatabase? database;
    private ReportingWorkspace workspace = null!;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (workspace is not null)
        {
            await workspace.DisposeAsync();
        }

        if (database is not null)
        {
            await database.DisposeAsync();
        }
    }

    [ProviderTheory]
    public async Task Summary_MarksEveryFigureBuiltOnEstimates_WithTheAgenciesCounted_AndTheFinalVersionsClearTheMarks(StorageProvider provider)
    {
        database = await TestDatabase.CreateAsync(provider);
        workspace = await ReportingWorkspace.OpenAsync(new DatabaseOpening(database.Location, DatabaseAccess.Upgrade) { Templates = RepoFiles.Templates, Time = new FixedTime(Received) });
        var province = new SyntheticProvince(workspace.Catalog, workspace.Agencies);
        var submissions = province.Submissions(new YearMonth(2026, 4), new YearMonth(2026, 6)).ToList();

        // Monthly agencies that stood alone all the period (no merger carries their figures, none carries another's):
        // every third of them sends June as an estimate, so some figures rest on estimates and some do not.
        var carried = workspace.Agencies.Agencies.SelectMany(a => a.Replaces).ToHashSet(StringComparer.Ordinal);
        var alone = workspace.Agencies.Agencies
            .Where(a => a.Frequency == ReportingFrequency.Monthly && a.ActiveFrom is null && a.ActiveUntil is null && a.Replaces.Count == 0 && !carried.Contains(a.Code))
            .ToList();
        var estimated = alone.Where((_, i) => i % 3 == 0).Select(a => a.Code).ToHashSet(StringComparer.Ordinal);
        Assert.InRange(estimated.Count, 3, alone.Count - 1);
        foreach (var s in submissions)
        {
            await workspace.Submissions.SaveAsync(Parsed(s, "v1", estimate: s.Period == June && estimated.Contains(s.Agency.Code)), Received);
        }

        // Counted from the submissions: an agency's figure of an indicator rests on its June estimate when it sent June
        // a value for it (June is its latest month, so a stock's figure is June's, and a flow's sum includes it).
        var juneValues = submissions.Where(s => s.Period == June && estimated.Contains(s.Agency.Code))
            .SelectMany(s => s.Values.Where(v => v.Value is not null).Select(v => v.Key))
            .GroupBy(code => code, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        int Expected(Indicator indicator) => indicator.IsDerived
            ? indicator.Formula!.Codes.Max(code => Expected(workspace.Catalog[code]))
            : juneValues.GetValueOrDefault(indicator.Code);
        Assert.Contains(workspace.Catalog.Indicators, i => Expected(i) == 0);
        Assert.Contains(workspace.Catalog.Indicators, i => Expected(i) > 0);

        foreach (var period in new[] { June, SecondQuarter })
        {
            var summary = await new SummaryQuery(workspace).BuildAsync(period);
            foreach (var row in summary.Rows)
            {
                var expected = Expected(row.Indicator);
                Assert.True(expected == row.Current.Estimated, $"{period} {row.Indicator.Code}: {expected} agencies' values are estimates, the figure says {row.Current.Estimated}");
                Assert.Equal(expected > 0, row.Current.IsEstimate);

                // Counted among the agencies that reported it; for a rate, among those that reported its most estimated part.
                var among = row.Indicator.IsDerived
                    ? summary.Current.Province(row.Indicator.Formula!.Codes.First(code => Expected(workspace.Catalog[code]) == expected)).Reported
                    : row.Current.Reported;
                Assert.Equal(
                    expected == 0 ? string.Empty : $"ước: {expected.ToString(CultureInfo.InvariantCulture)}/{among.ToString(CultureInfo.InvariantCulture)} đơn vị",
                    ReportFormat.EstimateMark(row.Current, Language.Vietnamese));
            }

            // The values themselves (a trace's way) say the same as the roll-ups stored on import.
            var traced = await new SummaryQuery(workspace).BuildAsync(period, withCells: true);
            Assert.Equal(summary.Rows.Select(r => (r.Indicator.Code, r.Current.Estimated)), traced.Rows.Select(r => (r.Indicator.Code, r.Current.Estimated)));
        }

        // The workbook's summary sheet: the mark beside each estimated figure, nothing beside the others.
        var workbook = await new PeriodReports(workspace).BuildAsync(SecondQuarter, null, Language.Vietnamese, ReportKind.Workbook);
        var marks = SummarySheetMarks(workbook.Content);
        var quarter = await new SummaryQuery(workspace).BuildAsync(SecondQuarter);
        Assert.Equal(quarter.Rows.ToDictionary(r => r.Indicator.Code, r => ReportFormat.EstimateMark(r.Current, Language.Vietnamese)), marks);

        // The PDF (read back with PdfPig) and the Word report (with OpenXml) cite every estimated figure with its mark.
        var pdf = PdfText((await new PeriodReports(workspace).BuildAsync(SecondQuarter, null, Language.Vietnamese, ReportKind.Pdf)).Content);
        var word = WordText((await new PeriodReports(workspace).BuildAsync(SecondQuarter, null, Language.Vietnamese, ReportKind.Document)).Content);
        foreach (var row in quarter.Rows.Where(r => r.Current.IsEstimate))
        {
            var cited = $"{row.Indicator.Name(Language.Vietnamese)} ({ReportFormat.EstimateMark(row.Current, Language.Vietnamese)})";
            Assert.Contains(cited, pdf, StringComparison.Ordinal);
            Assert.Contains(cited, word, StringComparison.Ordinal);
            Assert.Contains(ReportFormat.Value(row.Indicator, row.Value, Language.Vietnamese) + " (ước)", word, StringComparison.Ordinal);
        }

        // The final versions replace the estimates: no figure is marked any more, the estimates stay in the history.
        foreach (var s in submissions.Where(s => s.Period == June && estimated.Contains(s.Agency.Code)))
        {
            await workspace.Submissions.SaveAsync(Parsed(s, "v2", estimate: false), Received.AddDays(5));
        }

        foreach (var period in new[] { June, SecondQuarter })
        {
            var summary = await new SummaryQuery(workspace).BuildAsync(period);
            Assert.All(summary.Rows, r => Assert.Equal((r.Indicator.Code, 0), (r.Indicator.Code, r.Current.Estimated)));
        }

        var history = await new SubmissionHistoryQuery(workspace).BetweenAsync(June.FirstMonth, June.LastMonth, includeSuperseded: true);
        Assert.Equal(estimated.Count, history.Count(s => s.IsEstimate && !s.IsCurrent));
        Assert.DoesNotContain(history, s => s.IsCurrent && s.HasEstimates);
        var finalWorkbook = await new PeriodReports(workspace).BuildAsync(SecondQuarter, null, Language.Vietnamese, ReportKind.Workbook);
        Assert.All(SummarySheetMarks(finalWorkbook.Content).Values, Assert.Empty);
    }

    /// <summary>The PDF's text, its lines joined by spaces (a note wraps over lines).</summary>
    private static string PdfText(byte[] content)
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(content);
        return string.Join(" ", document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
    }

    private static string WordText(byte[] content)
    {
        using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(content), false);
        return string.Join("\n", document.MainDocumentPart!.Document!.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
    }

    /// <summary>The Estimates column of the workbook's summary sheet, by indicator code (read back with ClosedXML).</summary>
    private static Dictionary<string, string> SummarySheetMarks(byte[] content)
    {
        using var workbook = new XLWorkbook(new MemoryStream(content));
        var sheet = workbook.Worksheet("Tổng hợp");
        Assert.Equal(1, sheet.PageSetup.PagesWide);
        var header = sheet.RowsUsed().First(r => r.Cell(1).GetString() == "Mã").RowNumber();
        var withMarks = sheet.Cell(header, 12).GetString() == "Ước tính";
        Assert.True(withMarks || sheet.Cell(header, 12).IsEmpty(), "column L is the Estimates column or nothing");
        var marks = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in sheet.RowsUsed().Where(r => r.RowNumber() > header))
        {
            var code = row.Cell(1).GetString();
            if (code.Contains('.', StringComparison.Ordinal))
            {
                marks[code] = withMarks ? row.Cell(12).GetString() : string.Empty;
            }
        }

        return marks;
    }

    private static ParsedSubmission Parsed(SyntheticSubmission submission, string version, bool estimate)
    {
        var (agency, period) = (submission.Agency.Code, submission.Period);
        return new ParsedSubmission(
            $"{agency}_{period}_{version}.xlsx",
            "Data",
            agency,
            "B2",
            period,
            "B3",
            submission.Values.Select((v, row) => new ParsedValue(v.Key, v.Value, "D" + (7 + row).ToString(CultureInfo.InvariantCulture))).ToList(),
            [],
            $"{agency}-{period}-{version}")
        {
            IsEstimate = estimate,
        };
    }
}
