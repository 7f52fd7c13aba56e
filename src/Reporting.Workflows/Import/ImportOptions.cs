using Reporting.Core.Audit;
using Reporting.Core.Periods;
using Reporting.Core.Submissions;

namespace Reporting.Workflows.Import;

/// <summary>How to import: <paramref name="DryRun"/> validates without storing; agency and period are needed for CSV files.</summary>
/// <param name="Agency">The agency the files are for; a workbook must state the same. Given, it also confirms a file whose name names another.</param>
/// <param name="Period">The period the files are for, as <paramref name="Agency"/>.</param>
/// <param name="DisplayName">The file's name as its sender knows it (an upload's), for messages and the stored record; default: the path.</param>
/// <param name="UploadedBy">The portal user sending it, recorded with the submission.</param>
/// <param name="AllowedAgencies">When set, a file for any other agency is refused (<see cref="ImportOutcome.Forbidden"/>) before anything is read from the database.</param>
/// <param name="Confirmed">
/// SHA-256 of files the sender confirmed to apply as their workbooks state although their names state another agency
/// or period (the portal's "apply anyway").
/// </param>
/// <param name="Actor">Who imports and from where, for the audit log (default: <see cref="Actor"/> unnamed).</param>
/// <param name="Estimate">
/// The files hold estimates ("ước thực hiện") as a whole, whatever their estimate cell says (<c>--estimate</c>, the upload
/// form's box); a file whose cell says so is an estimate without it.
/// </param>
/// <param name="ReceivedAt">When the agency sent the files (an import of past files), instead of the moment of the import.</param>
/// <param name="ReceivedTimes">When each file was sent, by full path (a manifest's rows); wins over <paramref name="ReceivedAt"/>.</param>
public sealed record ImportOptions(
    bool DryRun = false,
    string? Agency = null,
    PeriodId? Period = null,
    string? DisplayName = null,
    Uploader? UploadedBy = null,
    IReadOnlySet<string>? AllowedAgencies = null,
    IReadOnlySet<string>? Confirmed = null,
    Actor? Actor = null,
    bool Estimate = false,
    DateTimeOffset? ReceivedAt = null,
    IReadOnlyDictionary<string, DateTimeOffset>? ReceivedTimes = null)
{
    /// <summary>Recorded when a caller names no actor (a test, a tool): the log still says a file was stored.</summary>
    public static Actor Unnamed { get; } = new("unnamed", "unknown");

    /// <summary>When the file at <paramref name="path"/> was received: its manifest row, else <see cref="ReceivedAt"/>, else <paramref name="now"/>.</summary>
    public DateTimeOffset ReceivedTimeOf(string path, DateTimeOffset now) =>
        ReceivedTimes is not null && ReceivedTimes.TryGetValue(Path.GetFullPath(path), out var listed) ? listed : ReceivedAt ?? now;
}
