using System.Globalization;
using Reporting.Core.Submissions;
using Reporting.Core.Validation;
using Reporting.Excel.Import;

namespace Reporting.Workflows.Import;

/// <summary>
/// When each of many files was received, from a CSV <c>file,received_at</c> beside them (or named by the user): an import
/// of a mail archive states when each agency sent its file. <c>file</c> is the path from the manifest's folder.
/// </summary>
/// <param name="Times">Each listed file's received time, by its full path.</param>
/// <param name="Problems">Rows that cannot be used, each with its line and column; when any, nothing may be imported.</param>
public sealed record ReceiptManifest(IReadOnlyDictionary<string, DateTimeOffset> Times, IReadOnlyList<ManifestProblem> Problems)
{
    /// <summary>The name of a manifest found inside an imported folder (never itself imported as a submission).</summary>
    public const string FileName = "manifest.csv";

    public const string FileColumn = "file";

    public const string ReceivedColumn = "received_at";

    /// <summary>Reads the manifest at <paramref name="path"/>; times are on <paramref name="zone"/>'s clock, none may be after <paramref name="now"/>.</summary>
    public static ReceiptManifest Read(string path, TimeZoneInfo zone, DateTimeOffset now)
    {
        var name = Path.GetFileName(path);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Refused(name, 0, FileColumn, new($"the manifest cannot be read: {e.Message}", $"không đọc được tệp danh sách: {e.Message}"));
        }

        var records = CsvRecords.Parse(text.TrimStart('\uFEFF'), ',', out var error);
        if (records is null)
        {
            return Refused(name, 0, FileColumn, error!.Value);
        }

        if (records.Count == 0 || records[0].Fields.Count < 2
            || !string.Equals(records[0].Fields[0].Trim(), FileColumn, StringComparison.OrdinalIgnoreCase)
            || !string.Equals(records[0].Fields[1].Trim(), ReceivedColumn, StringComparison.OrdinalIgnoreCase))
        {
            return Refused(name, records.Count == 0 ? 1 : records[0].Line, FileColumn, new("the first line must be the header file,received_at", "dòng đầu phải là tiêu đề file,received_at"));
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var times = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        var firstLine = new Dictionary<string, int>(StringComparer.Ordinal);
        var problems = new List<ManifestProblem>();
        foreach (var (line, fields) in records.Skip(1))
        {
            var file = fields[0].Trim();
            var received = fields.Count > 1 ? fields[1].Trim() : string.Empty;
            if (file.Length == 0)
            {
                problems.Add(new(name, line, FileColumn, new("no file named", "thiếu tên tệp")));
                continue;
            }

            var full = Path.GetFullPath(Path.Combine(folder, file));
            if (!File.Exists(full))
            {
                problems.Add(new(name, line, FileColumn, new($"'{file}' is not in {folder}", $"không có tệp '{file}' trong {folder}")));
            }
            else if (firstLine.TryGetValue(full, out var earlier))
            {
                var before = earlier.ToString(CultureInfo.InvariantCulture);
                problems.Add(new(name, line, FileColumn, new($"'{file}' is listed again (first on line {before})", $"tệp '{file}' được liệt kê lại (lần đầu ở dòng {before})")));
            }

            if (!ReceivedTime.TryParse(received, zone, out var instant))
            {
                problems.Add(new(name, line, ReceivedColumn, new(
                    $"'{received}' is not a date (write {ReceivedTime.Accepted})",
                    $"'{received}' không phải ngày (viết 05/07/2026, 2026-07-05 hoặc 05/07/2026 14:30)")));
            }
            else if (instant > now)
            {
                problems.Add(new(name, line, ReceivedColumn, new($"'{received}' is later than now: a file cannot be received in the future", $"'{received}' muộn hơn hiện tại: không thể nhận tệp trong tương lai")));
            }
            else if (!firstLine.ContainsKey(full))
            {
                times[full] = instant;
            }

            firstLine.TryAdd(full, line);
        }

        return new ReceiptManifest(times, problems);
    }

    private static ReceiptManifest Refused(string name, int line, string column, IssueText text) =>
        new(new Dictionary<string, DateTimeOffset>(), [new ManifestProblem(name, line, column, text)]);
}
