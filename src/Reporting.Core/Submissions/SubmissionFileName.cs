using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using Reporting.Core.Periods;

namespace Reporting.Core.Submissions;

/// <summary>
/// The name templates are given (<c>AGENCY_PERIOD.xlsx</c>, by `reporting template` and the portal), and that name read
/// back from a file an agency sends, whatever it appended (<c>VNPT_2026-03_v2.xlsx</c>, <c>VNPT_2026-03 (1).xlsx</c>).
/// </summary>
public static partial class SubmissionFileName
{
    public static string For(string agencyCode, PeriodId period) => $"{agencyCode}_{period}.xlsx";

    /// <summary>
    /// The agency code and period a name in the template's naming states. The code is only what stands before the
    /// period (codes hold underscores: <c>SKHCN_OLD_2025-02.xlsx</c>); whether it names a real agency is the caller's to ask.
    /// </summary>
    public static bool TryRead(string fileName, [NotNullWhen(true)] out string? agencyCode, out PeriodId period)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var name = fileName[(fileName.LastIndexOfAny(['/', '\\']) + 1)..];
        var match = Pattern().Match(name);
        if (match.Success && PeriodId.TryParse(match.Groups["period"].Value, out period, out _))
        {
            agencyCode = match.Groups["agency"].Value;
            return true;
        }

        (agencyCode, period) = (null, default);
        return false;
    }

    // The period must end there: "2026-031", "2026-03-15" (a date) or "2026-x" state no period, "2026-03-v2" does.
    [GeneratedRegex(@"^(?<agency>[A-Za-z0-9]+(?:_[A-Za-z0-9]+)*?)_(?<period>[0-9]{4}-(?:0[1-9]|1[0-2]|Q[1-4]|H[12]|9M)(?![0-9A-Za-z]|-[0-9])|[0-9]{4}(?![0-9A-Za-z-]))", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
