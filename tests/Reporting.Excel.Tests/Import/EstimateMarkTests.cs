using Reporting.Core.Submissions;
using Reporting.Excel.Import;
using Reporting.Excel.Tests.Submissions;

namespace Reporting.Excel.Tests.Import;

/// <summary>The form's estimate cell (B4) and Estimate column: the words accepted, and everything else refused by its cell.</summary>
public sealed class EstimateMarkTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Theory]
    [InlineData("Có", true)]
    [InlineData("có", true)]
    [InlineData("YES", true)]
    [InlineData("x", true)]
    [InlineData("X", true)]
    [InlineData("Không", false)]
    [InlineData("no", false)]
    [InlineData("", false)]
    public void Import_EstimateCell_AcceptsCoKhongYesNoX(string written, bool expected)
    {
        var path = SubmissionWorkbooks.Template(folder, values: new Dictionary<string, decimal?> { ["EDOC.SENT"] = 12 });
        SubmissionWorkbooks.Edit(path, wb => wb.Worksheet("Data").Cell("B4").SetValue(written));

        var parsed = Read(path);

        Assert.Empty(parsed.Issues);
        Assert.Equal(expected, parsed.IsEstimate);
        Assert.Equal(expected, parsed.IsEstimateValue(parsed.Values.Single(v => v.IndicatorCode == "EDOC.SENT")));
    }

    [Theory]
    [InlineData("1")]
    [InlineData("ước")]
    [InlineData("Co")]
    public void Import_EstimateCellWithAnyOtherWord_IsAnErrorNamingB4(string written)
    {
        var path = SubmissionWorkbooks.Template(folder, "mark.xlsx", values: new Dictionary<string, decimal?> { ["EDOC.SENT"] = 12 });
        SubmissionWorkbooks.Edit(path, wb => wb.Worksheet("Data").Cell("B4").SetValue(written));

        var issue = Assert.Single(Read(path).Issues);

        Assert.Equal(("mark.xlsx", "Data", "B4"), (issue.File, issue.Sheet, issue.Cell));
        Assert.Equal($"'{written}' in B4 does not say whether the figures are estimates: write Có or Không (Yes/No, or x for yes), or leave it empty", issue.Message);
        Assert.Equal($"'{written}' ở ô B4 không cho biết số liệu có phải ước tính không: ghi Có hoặc Không (Yes/No, hoặc x là có), hoặc để trống", issue.MessageVi);
    }

    [Fact]
    public void Import_EstimateColumn_MarksOnlyItsRows_AndRefusesOtherWordsByCell()
    {
        var path = SubmissionWorkbooks.Template(folder, "rows.xlsx", values: new Dictionary<string, decimal?> { ["EDOC.SENT"] = 12, ["EDOC.SIGNED"] = 10 });
        var row = 0;
        SubmissionWorkbooks.Edit(path, wb =>
        {
            var sheet = wb.Worksheet("Data");
            row = SubmissionWorkbooks.RowOf(sheet, "EDOC.SENT");
            sheet.Cell(row, 6).SetValue("x");
        });

        var parsed = Read(path);

        Assert.Empty(parsed.Issues);
        Assert.False(parsed.IsEstimate);
        Assert.Equal(["EDOC.SENT"], parsed.Values.Where(parsed.IsEstimateValue).Select(v => v.IndicatorCode));

        SubmissionWorkbooks.Edit(path, wb => wb.Worksheet("Data").Cell(row, 6).SetValue("maybe"));
        var issue = Assert.Single(Read(path).Issues);
        Assert.Equal(($"F{row}", "EDOC.SENT"), (issue.Cell, issue.IndicatorCode));
    }

    [Fact]
    public void Import_FormWithoutEstimateLabelOrColumn_IsNoEstimate_AndIgnoresColumnF()
    {
        var path = SubmissionWorkbooks.Template(folder, values: new Dictionary<string, decimal?> { ["EDOC.SENT"] = 12 });
        SubmissionWorkbooks.Edit(path, wb =>
        {
            var sheet = wb.Worksheet("Data");
            sheet.Range("A4:C4").Clear();
            sheet.Cell(5, 6).Clear();
            sheet.Cell(SubmissionWorkbooks.RowOf(sheet, "EDOC.SENT"), 6).SetValue("anything at all");
        });

        var parsed = Read(path);

        Assert.Empty(parsed.Issues);
        Assert.False(parsed.IsEstimate);
        Assert.DoesNotContain(parsed.Values, v => v.IsEstimate);
    }

    private static ParsedSubmission Read(string path) => new SubmissionFileReader(RepositoryFiles.Catalog).Read(path);
}
