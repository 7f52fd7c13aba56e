using System.Security.Cryptography;
using Reporting.Core.Catalog;
using Reporting.Core.Periods;
using Reporting.Core.Submissions;
using Reporting.Core.Validation;

namespace Reporting.Excel.Import;

/// <summary>
/// Reads a submitted .xlsx or .csv file into a <see cref="ParsedSubmission"/>, deciding by its bytes what it is. Never throws
/// for a bad file: every problem, from "not a workbook" to a text in a number cell, is an issue naming the file, sheet and cell.
/// </summary>
public sealed class SubmissionFileReader(IndicatorCatalog catalog)
{
    private static readonly byte[] ZipMagic = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] EmptyZipMagic = [0x50, 0x4B, 0x05, 0x06];
    private static readonly byte[] OleMagic = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly byte[] PdfMagic = "%PDF"u8.ToArray();

    private readonly XlsxSubmissionReader xlsx = new(catalog);
    private readonly CsvSubmissionReader csv = new(catalog);

    /// <summary>
    /// Reads <paramref name="path"/>; <paramref name="displayName"/> names it in messages (default: the file name), and for
    /// a file whose bytes say nothing, its extension tells what the sender meant to send.
    /// The overrides must match what the file states; a CSV file takes its agency and period from them only.
    /// </summary>
    public ParsedSubmission Read(string path, string? displayName = null, string? agencyOverride = null, PeriodId? periodOverride = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var file = displayName ?? Path.GetFileName(path);
        agencyOverride = string.IsNullOrWhiteSpace(agencyOverride) ? null : agencyOverride.Trim();
        if (Directory.Exists(path))
        {
            return Failed(file, string.Empty, new("this is a folder, not a file", "đây là thư mục, không phải tệp"));
        }

        if (string.IsNullOrWhiteSpace(path))
        {
            // An empty argument, say a shell variable that was not set.
            return Failed("(empty name)", string.Empty, new("no file was named: the argument is empty", "chưa nêu tên tệp: tham số để trống"));
        }

        FileInfo info;
        try
        {
            info = new FileInfo(path);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return Failed(file, string.Empty, new($"the file name is not valid: {ex.Message}", $"tên tệp không hợp lệ: {ex.Message}"));
        }

        if (!info.Exists)
        {
            return Failed(file, string.Empty, new("the file does not exist", "tệp không tồn tại"));
        }

        if (info.Length > SubmissionFileLimits.MaxFileBytes)
        {
            var size = SubmissionFileLimits.Megabytes(info.Length);
            var limit = SubmissionFileLimits.Megabytes(SubmissionFileLimits.MaxFileBytes);
            return Failed(file, string.Empty, new(
                $"the file is {size}, more than the {limit} limit: a report form is a few dozen kilobytes",
                $"tệp nặng {size}, vượt giới hạn {limit}: một biểu mẫu báo cáo chỉ vài chục kilobyte"));
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Failed(file, string.Empty, new($"the file cannot be read: {ex.Message}", $"không đọc được tệp: {ex.Message}"));
        }

        var sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
        if (bytes.Length == 0)
        {
            return Failed(file, sha256, new("the file is empty (0 bytes)", "tệp rỗng (0 byte)"));
        }

        var span = bytes.AsSpan();
        if (span.StartsWith(ZipMagic) || span.StartsWith(EmptyZipMagic))
        {
            return xlsx.Read(bytes, file, sha256, agencyOverride, periodOverride);
        }

        if (span.StartsWith(OleMagic))
        {
            return Failed(file, sha256, new(
                "password-protected or old .xls format: save as .xlsx without a password",
                "tệp có mật khẩu hoặc ở định dạng .xls cũ: hãy lưu thành .xlsx không đặt mật khẩu"));
        }

        if (span.StartsWith(PdfMagic))
        {
            return Failed(file, sha256, new("this is a PDF document, not an Excel workbook: send the .xlsx file", "đây là tài liệu PDF, không phải sổ tính Excel: hãy gửi tệp .xlsx"));
        }

        if (CsvSubmissionReader.StartsWithHeader(span))
        {
            return csv.Read(bytes, file, sha256, agencyOverride, periodOverride);
        }

        // Not recognisable by its bytes: the name the sender gave it says what it was meant to be, for a helpful message.
        var extension = Path.GetExtension(file);
        return extension.ToUpperInvariant() switch
        {
            ".CSV" => csv.Read(bytes, file, sha256, agencyOverride, periodOverride),
            ".XLSX" or ".XLSM" or ".XLS" => Failed(file, sha256, new(
                "this is not an Excel workbook (its content is not an .xlsx package; was another file renamed?): save it from Excel as .xlsx",
                "đây không phải sổ tính Excel (nội dung không phải gói .xlsx; có phải tệp khác bị đổi tên?): hãy lưu từ Excel thành .xlsx")),
            "" => Failed(file, sha256, new(
                "the file has no extension and is not an Excel workbook: send an Excel .xlsx workbook or a .csv file",
                "tệp không có phần mở rộng và không phải sổ tính Excel: hãy gửi sổ tính Excel .xlsx hoặc tệp .csv")),
            _ => Failed(file, sha256, new(
                $"'{extension}' files are not accepted: send an Excel .xlsx workbook or a .csv file",
                $"không nhận tệp '{extension}': hãy gửi sổ tính Excel .xlsx hoặc tệp .csv")),
        };
    }

    internal static ParsedSubmission Failed(string file, string sha256, IssueText message) =>
        new(file, null, null, null, null, null, [], [ValidationIssue.Error(file, message)], sha256);
}
