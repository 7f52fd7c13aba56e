namespace Reporting.Data;

/// <summary>What storing a submission did.</summary>
/// <param name="Stored">False when the same file was imported before (nothing changed).</param>
/// <param name="SupersededId">The earlier current version this one replaces, if any.</param>
public sealed record SaveOutcome(long SubmissionId, int Version, bool Stored, long? SupersededId);
