namespace Reporting.Excel.Import;

/// <summary>Sizes beyond which a submitted file is refused: a report form is small, so these only stop accidents and zip bombs.</summary>
public static class SubmissionFileLimits
{
    public const long MaxFileBytes = 20L * 1024 * 1024;

    /// <summary>Largest uncompressed part (worksheet, shared strings) of a workbook.</summary>
    public const long MaxPartBytes = 50L * 1024 * 1024;

    public const int MaxRows = 10_000;

    /// <summary>
    /// Most a workbook may unpack to per byte of its packed parts, once it unpacks to more than <see cref="RatioCheckedFromBytes"/>.
    /// Filled forms pack about 5 to 20 to 1; a zip bomb packs thousands to 1.
    /// </summary>
    public const int MaxCompressionRatio = 100;

    public const long RatioCheckedFromBytes = 8L * 1024 * 1024;

    internal static string Megabytes(long bytes) => (bytes / (1024 * 1024)).ToString(System.Globalization.CultureInfo.InvariantCulture) + " MB";
}
