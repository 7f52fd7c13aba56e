using Reporting.Core.Catalog;

namespace Reporting.Core.Agencies;

/// <summary>A level of the agency hierarchy below the province (departments, communes and wards, enterprises).</summary>
public sealed record AgencyGroup(string Code, string NameVi, string NameEn)
{
    public string Name(Language language) => language == Language.English ? NameEn : NameVi;
}
