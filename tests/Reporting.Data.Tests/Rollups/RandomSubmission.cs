using Reporting.Core.Periods;

namespace Reporting.Data.Tests.Rollups;

/// <summary>One file of a <see cref="RandomProvince"/>: an agency's values for a period; null is an empty cell.</summary>
internal sealed record RandomSubmission(string AgencyCode, PeriodId Period, int Version, IReadOnlyDictionary<string, decimal?> Values);
