using Reporting.Core.Agencies;
using Reporting.Core.Catalog;
using Reporting.Core.Periods;

namespace Reporting.Data;

/// <summary>The indicator catalog, the agency directory and the period calendar a database holds.</summary>
/// <remarks>
/// The agency directory is read from its JSON when first asked for: at 5,000 agencies reading it was about 100 ms of a
/// 0.65 s `reporting summary` that finds its figures kept and never looks at an agency. The list was checked when it
/// was stored (<see cref="CatalogStore.SaveAsync"/>), so reading it later fails no differently than reading it now.
/// </remarks>
public sealed class ProvinceCatalog(IndicatorCatalog indicators, Lazy<AgencyDirectory> agencies, PeriodCalendar calendar)
{
    public IndicatorCatalog Indicators { get; } = indicators;

    public AgencyDirectory Agencies => agencies.Value;

    public PeriodCalendar Calendar { get; } = calendar;
}
