using System.Globalization;
using System.Text;
using Reporting.Core.Catalog;
using Reporting.Core.Periods;
using Reporting.Core.Submissions;
using Reporting.Core.Validation;
using Reporting.Excel.Templates;

namespace Reporting.Excel.Import;

/// <summary>
/// Reads a submission saved as CSV (UTF-8, comma or semicolon): the same columns as the workbook (the Estimate column
/// optional), but no agency or period cells, so those come from the command line. Cells are named like the workbook's, column letter and line number ("D7").
/// </summary>
internal sealed class CsvSubmissionReader(IndicatorCatalog catalog)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public ParsedSubmission Read(byte[] bytes, string file, string sha256, string? agencyOverride, PeriodId? periodOverride)
    {
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return SubmissionFileReader.Failed(file, sha256, new(
                "the CSV file is not UTF-8 text: save it from Excel as 'CSV UTF-8 (Comma delimited)'",
                "tệp CSV không phải văn bản UTF-8: hãy lưu từ Excel dạng 'CSV UTF-8 (Comma delimited)'"));
        }

        text = text.TrimStart('\uFEFF');
        var separator = SeparatorOf(text);
        var records = CsvRecords.Parse(text, separator, out var error);
        if (records is null)
        {
            return SubmissionFileReader.Failed(file, sha256, error!.Value);
        }

        var issues = new List<ValidationIssue>();
        if (agencyOverride is null || periodOverride is null)
        {
            issues.Add(ValidationIssue.Error(file, new(
                "a CSV file needs --agency and --period (on the portal: the agency and period fields under 'CSV files')",
                "tệp CSV cần chọn đơn vị và kỳ báo cáo (trên cổng: các ô đơn vị và kỳ báo cáo ở mục 'Tệp CSV')")));
        }

        var rows = new IndicatorRows(catalog, file, null, issues);
        if (records.Count == 0)
        {
            issues.Add(ValidationIssue.Error(file, new(
                $"the CSV file has no lines: the first line should be the header '{HeaderLine(separator)}'",
                $"tệp CSV không có dòng nào: dòng đầu phải là tiêu đề '{HeaderLine(separator)}'")));
        }
        else if (!IsHeader(records[0].Fields))
        {
            var (line, fields) = records[0];
            var lineText = line.ToString(CultureInfo.InvariantCulture);
            var found = string.Join(separator, fields);
            issues.Add(new(file, null, CellReference.Name(1, line), null, new IssueText(
                $"the header line is missing or different: line {lineText} should be '{HeaderLine(separator)}', found '{found}'",
                $"thiếu dòng tiêu đề hoặc tiêu đề bị sửa: dòng {lineText} phải là '{HeaderLine(separator)}', đang là '{found}'")));
        }
        else
        {
            // An Estimate column after the five marks single rows as estimates, as the workbook's does.
            var columns = HasEstimateColumn(records[0].Fields) ? SubmissionLayout.EstimateColumn : SubmissionLayout.Header.Count;
            foreach (var (line, fields) in records.Skip(1))
            {
                if (fields.Skip(columns).Any(f => !string.IsNullOrWhiteSpace(f)))
                {
                    var (lineText, count, expected) = (line.ToString(CultureInfo.InvariantCulture), fields.Count.ToString(CultureInfo.InvariantCulture), columns.ToString(CultureInfo.InvariantCulture));
                    issues.Add(new(file, null, CellReference.Name(SubmissionLayout.ValueColumn, line), null, new IssueText(
                        $"line {lineText} has {count} fields but the header has {expected}: a number or note containing '{separator}' must be in double quotes, e.g. \"1{separator}234\"",
                        $"dòng {lineText} có {count} cột nhưng tiêu đề có {expected}: số hoặc ghi chú có dấu '{separator}' phải đặt trong ngoặc kép, ví dụ \"1{separator}234\"")));
                    continue;
                }

                if (SplitNumber(fields, separator) is { } split)
                {
                    issues.Add(new(file, null, CellReference.Name(SubmissionLayout.ValueColumn, line), null, new IssueText(
                        $"'{split}' looks like a number cut in two by the '{separator}' separator (value and note): put it in double quotes, e.g. \"{split}\"",
                        $"'{split}' có vẻ là một số bị dấu phân cách '{separator}' cắt làm hai (giá trị và ghi chú): hãy đặt trong ngoặc kép, ví dụ \"{split}\"")));
                    continue;
                }

                rows.Add(
                    line,
                    Field(fields, SubmissionLayout.CodeColumn),
                    Field(fields, SubmissionLayout.ValueColumn),
                    Field(fields, SubmissionLayout.NoteColumn),
                    columns == SubmissionLayout.EstimateColumn ? Field(fields, SubmissionLayout.EstimateColumn) : RawCell.Empty);
            }
        }

        return new ParsedSubmission(file, null, agencyOverride, null, periodOverride, null, rows.Values, issues, sha256);
    }

    /// <summary>
    /// True when the bytes are UTF-8 text whose first line is the header: a CSV submission whatever its name (an upload
    /// is kept under a name the portal makes up).
    /// </summary>
    public static bool StartsWithHeader(ReadOnlySpan<byte> bytes)
    {
        var end = bytes.IndexOfAny((byte)'\r', (byte)'\n');
        var first = end < 0 ? bytes : bytes[..end];
        string line;
        try
        {
            line = StrictUtf8.GetString(first).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return false;
        }

        return CsvRecords.Parse(line, SeparatorOf(line), out _) is [var header, ..] && IsHeader(header.Fields);
    }

    /// <summary>Semicolons when the first line has more of them than commas (Excel in a Vietnamese locale writes those).</summary>
    private static char SeparatorOf(string text)
    {
        var end = text.IndexOfAny(['\r', '\n']);
        var first = end < 0 ? text : text[..end];
        return first.Count(c => c == ';') > first.Count(c => c == ',') ? ';' : ',';
    }

    private static bool IsHeader(List<string> fields) =>
        fields.Count >= SubmissionLayout.Header.Count
        && SubmissionLayout.Header.Select((word, i) => fields[i].Trim().Equals(word, StringComparison.OrdinalIgnoreCase)).All(x => x)
        && fields.Skip(HasEstimateColumn(fields) ? SubmissionLayout.EstimateColumn : SubmissionLayout.Header.Count).All(string.IsNullOrWhiteSpace);

    private static bool HasEstimateColumn(List<string> header) =>
        header.Count >= SubmissionLayout.EstimateColumn
        && header[SubmissionLayout.EstimateColumn - 1].Trim().Equals(SubmissionLayout.EstimateHeader, StringComparison.OrdinalIgnoreCase);

    /// <summary>"1,234" typed without quotes and no note reads as value 1 and note 234: the number, when the fields look like that.</summary>
    private static string? SplitNumber(List<string> fields, char separator)
    {
        if (fields.Count < SubmissionLayout.NoteColumn)
        {
            return null;
        }

        var value = fields[SubmissionLayout.ValueColumn - 1].Trim();
        var note = fields[SubmissionLayout.NoteColumn - 1].Trim();
        var noteDigits = note.Split('.', ',')[0];
        return value.Length is >= 1 and <= 3 && value.All(char.IsAsciiDigit)
            && noteDigits.Length == 3 && note.All(c => char.IsAsciiDigit(c) || c is '.' or ',')
            ? value + separator + note
            : null;
    }

    private static string HeaderLine(char separator) => string.Join(separator, SubmissionLayout.Header);

    private static RawCell Field(List<string> fields, int column) =>
        column <= fields.Count && !string.IsNullOrWhiteSpace(fields[column - 1]) ? new RawCell(CellKind.Text, fields[column - 1]) : RawCell.Empty;
}
