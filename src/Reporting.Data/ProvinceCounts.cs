namespace Reporting.Data;

/// <summary>How much a reporting database holds.</summary>
public sealed record ProvinceCounts(int CatalogDocuments, int Submissions, long Values, long Rollups);
