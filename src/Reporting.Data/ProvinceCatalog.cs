using Reporting.Core.Agencies;
using Reporting.Core.Catalog;
using Reporting.Core.Periods;

namespace Reporting.Data;

/// <summary>The indicator catalog, the agency directory and the period calendar a database holds.</summary>
public sealed record ProvinceCatalog(IndicatorCatalog Indicators, AgencyDirectory Agencies, PeriodCalendar Calendar);
