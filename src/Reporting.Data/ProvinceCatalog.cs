using Reporting.Core.Agencies;
using Reporting.Core.Catalog;

namespace Reporting.Data;

/// <summary>The indicator catalog and the agency directory a database holds.</summary>
public sealed record ProvinceCatalog(IndicatorCatalog Indicators, AgencyDirectory Agencies);
