using System.Globalization;
using Reporting.Core.Catalog;
using Reporting.Core.Submissions;
using Reporting.Core.Validation;
using Reporting.Excel.Templates;

namespace Reporting.Excel.Import;

/// <summary>
/// Reads the indicator rows below the header, whatever the file type: codes must be in the catalog and appear once,
/// values must parse. Whether the agency's list is complete and values fit their bounds is the validator's business.
/// </summary>
internal sealed class IndicatorRows(IndicatorCatalog catalog, string file, string? sheet, List<ValidationIssue> issues)
{
    private static readonly string Value = CellReference.ColumnLetters(SubmissionLayout.ValueColumn);
    private static readonly string Code = CellReference.ColumnLetters(SubmissionLayout.CodeColumn);
    private static readonly string Estimate = CellReference.ColumnLetters(SubmissionLayout.EstimateColumn);

    private readonly Dictionary<string, int> rowOf = new(StringComparer.Ordinal);
    private readonly List<ParsedValue> values = [];

    public IReadOnlyList<ParsedValue> Values => values;

    /// <summary>Reads one row; <paramref name="row"/> is the sheet row (or the CSV line) used in cell names.</summary>
    /// <param name="estimateCell">The row's estimate mark (column <see cref="SubmissionLayout.EstimateColumn"/>); empty when the file has no such column.</param>
    public void Add(int row, RawCell codeCell, RawCell valueCell, RawCell noteCell, RawCell estimateCell = default)
    {
        var rowText = row.ToString(CultureInfo.InvariantCulture);
        var valueName = Value + rowText;
        var codeName = Code + rowText;
        var code = codeCell.AsText();
        if (code is null)
        {
            if (!valueCell.IsBlank)
            {
                issues.Add(new(file, sheet, valueName, null, new IssueText(
                    $"there is a value in {valueName} but no indicator code in {codeName}",
                    $"ô {valueName} có giá trị nhưng ô {codeName} không có mã chỉ tiêu")));
            }

            return;
        }

        var indicator = catalog.Find(code) ?? catalog.Find(code.ToUpperInvariant());
        if (indicator is null)
        {
            // An unknown code with no value is usually a footer line ("Người lập biểu"); it cannot lose a figure.
            issues.Add(valueCell.IsBlank
                ? new(file, sheet, codeName, null, new IssueText($"'{code}' is not an indicator code; the row is ignored", $"'{code}' không phải mã chỉ tiêu; bỏ qua dòng này"), Severity.Warning)
                : new(file, sheet, codeName, null, new IssueText(
                    $"'{code}' is not an indicator code of the catalog: do not change the codes in column {Code}",
                    $"'{code}' không phải mã chỉ tiêu trong danh mục: không sửa các mã ở cột {Code}")));
            return;
        }

        if (rowOf.TryGetValue(indicator.Code, out var first))
        {
            var firstText = first.ToString(CultureInfo.InvariantCulture);
            issues.Add(new(file, sheet, codeName, indicator.Code, new IssueText(
                $"{indicator.Code} appears twice, in rows {firstText} and {rowText}: keep one row",
                $"{indicator.Code} xuất hiện hai lần, ở dòng {firstText} và {rowText}: chỉ giữ một dòng")));
            return;
        }

        rowOf.Add(indicator.Code, row);
        if (!CellValueReader.TryRead(valueCell, indicator, out var value, out var error))
        {
            issues.Add(new(file, sheet, valueName, indicator.Code, error));
            return;
        }

        var estimateName = Estimate + rowText;
        if (!EstimateMark.TryRead(estimateCell, estimateName, out var isEstimate, out var estimateError))
        {
            issues.Add(new(file, sheet, estimateName, indicator.Code, estimateError));
            return;
        }

        values.Add(new ParsedValue(indicator.Code, value, valueName, noteCell.AsText(), isEstimate));
    }
}
