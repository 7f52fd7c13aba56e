using Reporting.Data;

namespace Reporting.Workflows.Copy;

/// <summary>What a copy moved, and the digest both databases gave afterwards (equal, or the copy would have failed).</summary>
public sealed record CopyOutcome(string From, string To, ProvinceCounts Copied, string Fingerprint);
