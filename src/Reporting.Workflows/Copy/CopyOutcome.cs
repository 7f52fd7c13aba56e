using Reporting.Data;

namespace Reporting.Workflows.Copy;

/// <summary>What a copy moved, and the digest both databases gave afterwards (equal, or the copy would have failed).</summary>
public sealed record CopyOutcome(string From, string To, ProvinceCounts Copied, string Fingerprint)
{
    /// <summary>The counts as the command line says them (hosts name no Data type).</summary>
    public string CopiedText => $"{Copied.Submissions} submissions, {Copied.Values} rows, {Copied.Rollups} roll-ups";
}
