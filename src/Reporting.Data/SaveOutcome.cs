namespace Reporting.Data;

/// <summary>What storing a submission did.</summary>
/// <param name="Stored">False when the file is the current version already (nothing changed).</param>
/// <param name="SupersededId">The earlier current version this one replaces, if any.</param>
/// <param name="RepeatsVersion">The earlier version the stored file is identical to, when an older file was sent again.</param>
public sealed record SaveOutcome(long SubmissionId, int Version, bool Stored, long? SupersededId, int? RepeatsVersion = null);
