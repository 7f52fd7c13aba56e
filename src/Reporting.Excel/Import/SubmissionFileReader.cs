using System.Security.Cryptography;
using Reporting.Core.Catalog;
using Reporting.Core.Periods;
using Reporting.Core.Submissions;
using Reporting.Core.Validation;

namespace Reporting.Excel.Import;

/// <summary>
/// Reads a submitted .xlsx or .csv file into a <see cref="ParsedSubmission"/>. Never throws for a bad file: every problem,
/// from "not a workbook" to a text in a number cell, is an issue naming the file, sheet and cell.
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
    /// Reads <paramref name="path"/>; <paramref name="displayName"/> names it in messages (default: the file name).
    /// The overrides must match what the file states; a CSV file takes its agency and period from them only.
    /// </summary>
    public ParsedSubmission Read(string path, string? displayName = null, string? agencyOverride = null, PeriodId? periodOverride = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var file = displayName ?? Path.GetFileName(path);
        agencyOverride = string.IsNullOrWhiteSpace(agencyOverride) ? null : agencyOverride.Trim();
        if (Directory.Exists(path))
        {
            return Failed(file, string.Empty, "this is a folder, not a file");
        }

        FileInfo info;
        try
        {
            info = new FileInfo(path);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return Failed(file, string.Empty, $"the file name is not valid: {ex.Message}");
        }

        if (!info.Exists)
        {
            return Failed(file, string.Empty, "the file does not exist");
        }

        if (info.Length > SubmissionFileLimits.MaxFileBytes)
        {
            return Failed(file, string.Empty, $"the file is {SubmissionFileLimits.Megabytes(info.Length)}, more than the {SubmissionFileLimits.Megabytes(SubmissionFileLimits.MaxFileBytes)} limit: a report form is a few dozen kilobytes");
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Failed(file, string.Empty, $"the file cannot be read: {ex.Message}");
        }

        var sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
        if (bytes.Length == 0)
        {
            return Failed(file, sha256, "the file is empty (0 bytes)");
        }

        var span = bytes.AsSpan();
        if (span.StartsWith(ZipMagic) || span.StartsWith(EmptyZipMagic))
        {
            return xlsx.Read(bytes, file, sha256, agencyOverride, periodOverride);
        }

        if (span.StartsWith(OleMagic))
        {
            return Failed(file, sha256, "password-protected or old .xls format: save as .xlsx without a password");
        }

        if (span.StartsWith(PdfMagic))
        {
            return Failed(file, sha256, "this is a PDF document, not an Excel workbook: send the .xlsx file");
        }

        var extension = Path.GetExtension(path);
        return extension.ToUpperInvariant() switch
        {
            ".CSV" => csv.Read(bytes, file, sha256, agencyOverride, periodOverride),
            ".XLSX" or ".XLSM" or ".XLS" => Failed(file, sha256, "this is not an Excel workbook (its content is not an .xlsx package; was another file renamed?): save it from Excel as .xlsx"),
            "" => Failed(file, sha256, "the file has no extension and is not an Excel workbook: send an Excel .xlsx workbook or a .csv file"),
            _ => Failed(file, sha256, $"'{extension}' files are not accepted: send an Excel .xlsx workbook or a .csv file"),
        };
    }

    internal static ParsedSubmission Failed(string file, string sha256, string message) =>
        new(file, null, null, null, null, null, [], [ValidationIssue.Error(file, message)], sha256);
}
