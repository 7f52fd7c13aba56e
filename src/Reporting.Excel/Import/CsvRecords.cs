using System.Globalization;
using System.Text;
using Reporting.Core.Validation;

namespace Reporting.Excel.Import;

/// <summary>Splits CSV text into records (RFC 4180 quoting: "a,b" and "say ""hi"""), each with the line it starts on.</summary>
public static class CsvRecords
{
    public static List<(int Line, List<string> Fields)>? Parse(string text, char separator, out IssueText? error)
    {
        var records = new List<(int, List<string>)>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var inQuotes = false;
        var line = 1;
        var recordLine = 1;
        var quoteLine = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (inQuotes)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    inQuotes = false;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"' when field.Length == 0:
                    inQuotes = true;
                    quoteLine = line;
                    break;
                case '\r' when i + 1 < text.Length && text[i + 1] == '\n':
                    break;
                case '\r' or '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    if (!AddRecord(records, recordLine, fields, out error))
                    {
                        return null;
                    }

                    fields = [];
                    line++;
                    recordLine = line;
                    break;
                default:
                    if (c == separator)
                    {
                        fields.Add(field.ToString());
                        field.Clear();
                    }
                    else
                    {
                        field.Append(c);
                    }

                    break;
            }
        }

        if (inQuotes)
        {
            var opened = quoteLine.ToString(CultureInfo.InvariantCulture);
            error = new($"a double quote opened on line {opened} is never closed", $"dấu ngoặc kép mở ở dòng {opened} không được đóng");
            return null;
        }

        fields.Add(field.ToString());
        return AddRecord(records, recordLine, fields, out error) ? records : null;
    }

    private static bool AddRecord(List<(int, List<string>)> records, int line, List<string> fields, out IssueText? error)
    {
        error = null;
        if (fields.All(string.IsNullOrWhiteSpace))
        {
            return true;
        }

        if (records.Count >= SubmissionFileLimits.MaxRows)
        {
            var max = SubmissionFileLimits.MaxRows.ToString("N0", CultureInfo.InvariantCulture);
            error = new($"the file has more than {max} lines (the limit): a report form has a few dozen", $"tệp có hơn {max} dòng (giới hạn): một biểu mẫu báo cáo chỉ vài chục dòng");
            return false;
        }

        records.Add((line, fields));
        return true;
    }
}
