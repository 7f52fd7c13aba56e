using System.Globalization;
using Reporting.Core.Periods;
using Reporting.Core.Submissions;

namespace Reporting.Testing;

/// <summary>One file of a <see cref="RandomProvince"/>: an agency's values for a period; null is an empty cell.</summary>
public sealed record RandomSubmission(string AgencyCode, PeriodId Period, int Version, IReadOnlyDictionary<string, decimal?> Values)
{
    /// <summary>The file as the reader hands it to the store: one row per value from row 7, a hash unique to the file.</summary>
    /// <param name="tag">Makes the hash differ between provinces stored in one database.</param>
    public ParsedSubmission ToParsed(string tag) => new(
        $"{AgencyCode}_{Period}_v{Version}.xlsx",
        "Data",
        AgencyCode,
        "B2",
        Period,
        "B3",
        Values.Select((v, row) => new ParsedValue(v.Key, v.Value, "D" + (7 + row).ToString(CultureInfo.InvariantCulture))).ToList(),
        [],
        $"{tag}-{AgencyCode}-{Period}-{Version}");
}
