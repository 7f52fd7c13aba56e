using Reporting.Data;

namespace Reporting.Workflows;

/// <summary>The catalog as read, with the catalog data version it was read at (replaced together, never apart).</summary>
internal sealed record LoadedCatalog(ProvinceCatalog Catalog, long Version);
